package com.servicedesk.web.portal;

import com.servicedesk.reporting.Download;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a file as the response to a (non-Ajax) portal request, with its real name and its digest. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    static void send(Download d) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(d.contentType());
        external.setResponseContentLength(d.content().length);
        external.setResponseHeader("Content-Disposition", disposition(d.fileName()));
        external.setResponseHeader("X-Content-SHA256", d.sha256());
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(d.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Streams a file as it is written (a workbook however long), without holding it whole. */
    static void stream(String fileName, String contentType, Writer writer) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", disposition(fileName));
        try {
            writer.write(external.getResponseOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** What writes a streamed file. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static String disposition(String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''" + encoded;
    }
}
