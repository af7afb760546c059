package com.servicedesk.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code .jrxml} template of a folder to a {@code .jasper} file, and copies the shared
 * style templates ({@code .jrtx}), at build time; nothing is compiled on a request.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> files;
        try (Stream<Path> listing = Files.list(source)) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".jrxml")) {
                JasperCompileManager.compileReportToFile(file.toString(),
                        target.resolve(name.replace(".jrxml", ".jasper")).toString());
                System.out.println("compiled report template " + name);
            } else if (name.endsWith(".jrtx")) {
                Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
