package org.sendcpd.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder Payara Micro unpacks its runtime into. Without {@code --rootdir} it is a temporary one
 * ({@code payaramicro-...tmp} under the temporary folder) that Payara's own shutdown deletes; a
 * process that ends without that shutdown deletes it here.
 */
final class PayaraRuntimeFolder {

  private PayaraRuntimeFolder() {}

  static void removeIfTemporary() {
    String root = System.getProperty("com.sun.aas.instanceRoot");
    Path folder = root == null ? null : Path.of(root).getFileName();
    if (folder == null || !folder.toString().matches("payaramicro-.*tmp")) {
      return; // a --rootdir of the operator's: theirs to keep
    }
    try (Stream<Path> all = Files.walk(Path.of(root))) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      System.err.println("Could not remove Payara's runtime folder " + root + ": " + e);
    }
  }
}
