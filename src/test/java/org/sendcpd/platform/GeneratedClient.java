package org.sendcpd.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * A Java client generated from the served document by openapi-generator, the way an integrator
 * would make one (its "java" generator, Java 11 HTTP client and Jackson), then compiled. Proves the
 * document is usable, not only valid.
 */
final class GeneratedClient {

  static final String PACKAGE = "org.sendcpd.client";

  private final Path folder;

  GeneratedClient(Path folder) {
    this.folder = folder;
  }

  /** Writes the client's sources for the document and answers the Java files it wrote. */
  List<Path> generate(String document) throws IOException {
    deleteRecursively(folder);
    Files.createDirectories(folder);
    Path spec = folder.resolve("openapi.json");
    Files.writeString(spec, document, StandardCharsets.UTF_8);
    CodegenConfigurator config =
        new CodegenConfigurator()
            .setGeneratorName("java")
            .setLibrary("native")
            .setInputSpec(spec.toString())
            .setOutputDir(folder.resolve("client").toString())
            .setApiPackage(PACKAGE + ".api")
            .setModelPackage(PACKAGE + ".model")
            .setInvokerPackage(PACKAGE)
            .setValidateSpec(true)
            .setAdditionalProperties(
                Map.of(
                    "openApiNullable", false,
                    "useJakartaEe", true,
                    "annotationLibrary", "none",
                    "hideGenerationTimestamp", true));
    ClientOptInput input = config.toClientOptInput();
    DefaultGenerator generator = new DefaultGenerator();
    generator.setGeneratorPropertyDefault("apiTests", "false");
    generator.setGeneratorPropertyDefault("modelTests", "false");
    generator.setGeneratorPropertyDefault("apiDocs", "false");
    generator.setGeneratorPropertyDefault("modelDocs", "false");
    List<File> written = generator.opts(input).generate();
    return written.stream().map(File::toPath).filter(p -> p.toString().endsWith(".java")).toList();
  }

  /** Compiles the sources against this test's class path; answers the errors, empty when none. */
  List<String> compile(List<Path> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(folder.resolve("classes"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options =
          List.of(
              "-d",
              classes.toString(),
              "-classpath",
              System.getProperty("java.class.path"),
              "-proc:none",
              "-nowarn",
              "--release",
              "17");
      javac
          .getTask(
              null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + " " + d.getMessage(null))
        .toList();
  }

  Path classes() {
    return folder.resolve("classes");
  }

  private static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted((a, b) -> b.compareTo(a))
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
