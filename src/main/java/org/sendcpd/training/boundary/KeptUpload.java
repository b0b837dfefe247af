package org.sendcpd.training.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.primefaces.model.file.UploadedFile;

/**
 * A file chosen on a form that did not save yet: a browser cannot put a file back into its input
 * after the page comes back with a message, so the form keeps the file (in a temporary file, not in
 * the session) until it is saved, replaced or the view ends.
 */
final class KeptUpload implements Serializable {

  private static final long serialVersionUID = 1L;

  private String path;
  private String name;

  /** Keeps a newly chosen file in place of the one kept before; an empty input keeps the old. */
  void keep(UploadedFile file) {
    if (file == null || file.getSize() == 0) {
      return;
    }
    try (InputStream in = file.getInputStream()) {
      Path kept = Files.createTempFile("cpd-upload-", ".part");
      Files.copy(in, kept, StandardCopyOption.REPLACE_EXISTING);
      discard();
      path = kept.toString();
      name = file.getFileName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean isPresent() {
    return path != null && Files.exists(Path.of(path));
  }

  String name() {
    return name;
  }

  InputStream open() throws IOException {
    return Files.newInputStream(Path.of(path));
  }

  void discard() {
    if (path != null) {
      try {
        Files.deleteIfExists(Path.of(path));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    path = null;
    name = null;
  }
}
