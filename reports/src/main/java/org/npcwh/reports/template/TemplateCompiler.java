package org.npcwh.reports.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step (exec-maven-plugin, phase process-classes): compiles every {@code .jrxml} of a
 * folder into a {@code .jasper} of the same name, so that no report is compiled at run time.
 */
public final class TemplateCompiler {
  private TemplateCompiler() {}

  public static void main(String[] args) throws JRException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TemplateCompiler <jrxml folder> <output folder>");
    }
    compileAll(Path.of(args[0]), Path.of(args[1]));
  }

  /** Compiles each template of {@code sourceDir} into {@code targetDir}; returns the files written. */
  public static List<Path> compileAll(Path sourceDir, Path targetDir) throws JRException {
    JasperCompileManager compiler = JasperCompileManager.getInstance(JasperEnvironment.context());
    List<Path> sources = listTemplates(sourceDir);
    try {
      Files.createDirectories(targetDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path source : sources) {
      Path target = targetDir.resolve(source.getFileName().toString().replace(".jrxml", ".jasper"));
      compiler.compileToFile(source.toString(), target.toString());
    }
    return sources;
  }

  private static List<Path> listTemplates(Path sourceDir) {
    try (Stream<Path> files = Files.list(sourceDir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
