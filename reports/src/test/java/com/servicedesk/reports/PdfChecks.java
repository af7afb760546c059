package com.servicedesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads a PDF back: its text, its fonts, its metadata, and its PDF/A conformance by veraPDF. */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Every font on every page is embedded (a Type 0 font through its descendant). */
    public static void assertFontsEmbedded(byte[] pdf) throws IOException {
        List<String> notEmbedded = new ArrayList<>();
        int fonts = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts++;
                    boolean embedded = font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded() : font.isEmbedded();
                    if (!embedded) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
        }
        assertTrue(fonts > 0, "the PDF uses fonts");
        assertEquals(List.of(), notEmbedded, "every font is embedded");
    }

    /** The document information and the XMP metadata name the title, the bank as author and the subject. */
    public static void assertMetadata(byte[] pdf, String title, String author, String subject) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertEquals(title, info.getTitle());
            assertEquals(author, info.getAuthor());
            assertEquals(subject, info.getSubject());
            PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
            assertNotNull(metadata, "XMP metadata");
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains(title), "XMP names the title: " + xmp);
            assertTrue(xmp.contains(author), "XMP names the author");
        }
    }

    /** veraPDF's verdict on PDF/A-1b, with the failed rules named. */
    public static void assertPdfA1b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct().limit(10).toList();
            assertTrue(result.isCompliant(), "PDF/A-1b: " + failures);
        }
    }

    /**
     * The PDF's text, page by page, against a golden file kept under {@code src/test/resources/golden}.
     * Run with {@code -Dgolden.update=true} to write the golden file afresh after a deliberate change to
     * a template, and read the diff before committing it.
     */
    public static void assertGolden(String name, byte[] pdf) throws IOException {
        String actual = text(pdf).lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n")) + "\n";
        Path golden = Path.of("src", "test", "resources", "golden", name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + " (run once with -Dgolden.update=true and read it)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "the text of " + name);
    }

    /** Keeps a copy under target/ to be looked at (pdftoppm turns it into PNGs). */
    public static void keep(String name, byte[] content) throws IOException {
        Path dir = Path.of("target", "rendered");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }
}
