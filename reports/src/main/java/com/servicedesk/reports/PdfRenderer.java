package com.servicedesk.reports;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Fills a compiled template with rows and parameters and exports it to PDF: the bank as author, the
 * title and subject in the document information and XMP metadata, the report number and generation
 * time (Asia/Shanghai) on every page, and PDF/A-1b with an sRGB output intent for what a regulator keeps.
 * Compiled templates are loaded once and cached.
 */
public final class PdfRenderer {

    private static final String TEMPLATES = "/com/servicedesk/reports/templates/";
    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();
    private static volatile Path iccProfile;

    private PdfRenderer() {
    }

    /**
     * @param template   the template's name, e.g. {@code complaint-statistics}
     * @param parameters the template's own parameters
     * @param rows       the detail rows, as records
     */
    public static byte[] render(String template, Map<String, Object> parameters, List<? extends Record> rows,
                                ReportMeta meta) {
        Map<String, Object> p = new HashMap<>();
        // instants and days reach the template as the dates its patterns format
        parameters.forEach((name, value) -> p.put(name,
                value instanceof java.time.Instant || value instanceof java.time.LocalDate ? RecordDataSource.date(value) : value));
        p.put(JRParameter.REPORT_LOCALE, Reports.isEnglish(meta.locale()) ? java.util.Locale.ENGLISH : Reports.CHINESE);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(Reports.ZONE));
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, Reports.bundle(meta.locale()));
        p.put("ReportNumber", meta.reportNumber());
        p.put("ReportTitle", meta.title());
        p.put("GeneratedAt", Reports.GENERATED_AT.format(meta.generatedAt()));
        p.put("Author", meta.author());
        try {
            JasperPrint print = JasperFillManager.fillReport(compiled(template), p, new RecordDataSource(rows));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
            config.setMetadataTitle(meta.title());
            config.setMetadataAuthor(meta.author());
            config.setMetadataSubject(meta.subject());
            config.setMetadataKeywords(meta.reportNumber());
            config.setMetadataCreator("Service Desk");
            if (meta.archival()) {
                config.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
                config.setIccProfilePath(iccProfile().toString());
            }
            exporter.setConfiguration(config);
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("cannot render report " + template + ": " + e.getMessage(), e);
        }
    }

    private static JasperReport compiled(String template) {
        return COMPILED.computeIfAbsent(template, name -> {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(TEMPLATES + name + ".jasper")) {
                if (in == null) {
                    throw new IllegalArgumentException("no compiled report template " + name);
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException | JRException e) {
                throw new IllegalStateException("cannot load report template " + name, e);
            }
        });
    }

    /** The JDK's sRGB profile, written once to a file, as PDF/A's output intent. */
    private static Path iccProfile() {
        Path profile = iccProfile;
        if (profile == null) {
            synchronized (PdfRenderer.class) {
                if (iccProfile == null) {
                    try {
                        Path file = Files.createTempFile("servicedesk-srgb", ".icc");
                        Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                        file.toFile().deleteOnExit();
                        iccProfile = file;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                profile = iccProfile;
            }
        }
        return profile;
    }
}
