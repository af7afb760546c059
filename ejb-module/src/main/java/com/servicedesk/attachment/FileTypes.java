package com.servicedesk.attachment;

import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.UnsupportedContentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, read from its content by Tika's MIME magic (the name only refines a container such
 * as an Office file), checked against the kinds of evidence the bank keeps and against the type the
 * uploader declared.
 */
public final class FileTypes {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    /** Documents, pictures, call recordings, mails and text: nothing that runs. */
    static final Set<MediaType> ALLOWED = Set.of(
            MediaType.application("pdf"), MediaType.image("jpeg"), MediaType.image("png"),
            MediaType.audio("mpeg"), MediaType.audio("mp4"), MediaType.audio("x-aac"), MediaType.audio("vnd.wave"),
            MediaType.audio("amr"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            MediaType.parse("message/rfc822"), MediaType.TEXT_PLAIN);

    private FileTypes() {
    }

    /** The type the content shows; the stream must support mark and reset, and is left where it was. */
    static MediaType detect(InputStream content, String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try {
            return REGISTRY.normalize(TYPES.detect(content, metadata)).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The type the file is kept as: the detected one, or the declared one where the content is only
     * known as its container (an Office file without its extension); refused when the type is not
     * kept or the declaration contradicts the content.
     */
    static String accept(String declared, MediaType detected) {
        MediaType claim = declared == null ? null : MediaType.parse(declared);
        claim = claim == null ? MediaType.OCTET_STREAM : REGISTRY.normalize(claim.getBaseType());
        MediaType kept;
        if (ALLOWED.contains(detected)) {
            kept = detected;
        } else if (ALLOWED.contains(claim) && !detected.equals(MediaType.OCTET_STREAM)
                && REGISTRY.isSpecializationOf(claim, detected)) {
            kept = claim;
        } else {
            throw new UnsupportedContentException("the content is " + detected + ", which is not kept as evidence"
                    + " (PDF, JPEG, PNG, MP3, M4A/AAC, WAV, AMR, DOCX, XLSX, EML, plain text)");
        }
        boolean consistent = claim.equals(kept) || REGISTRY.isSpecializationOf(kept, claim)
                || claim.equals(MediaType.OCTET_STREAM) || kept.equals(MediaType.TEXT_PLAIN) && "text".equals(claim.getType());
        if (!consistent) {
            throw new UnsupportedContentException("the file is declared as " + claim + " but its content is " + kept);
        }
        return kept.toString();
    }

    /** A name to keep: no path, no control characters, at most 255 characters. */
    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "the file's name is required (Content-Disposition: attachment;"
                    + " filename*=UTF-8''...)");
        }
        String n = name.strip();
        if (n.length() > 255 || n.equals(".") || n.equals("..") || n.chars().anyMatch(c -> c == '/' || c == '\\'
                || c < 0x20 || c == 0x7f)) {
            throw new InvalidInputException("name", "must be a file name of at most 255 characters, without path"
                    + " separators or control characters");
        }
        return n;
    }
}
