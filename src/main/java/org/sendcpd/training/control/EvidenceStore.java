package org.sendcpd.training.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificate files in {@code cpd.evidence.dir} ({@code ${cpd.data.dir}/evidence} unless set: a
 * folder every instance of a cluster shares), outside the web root. An upload is copied to a
 * temporary file while its size is counted, checked by its first bytes and then by its whole
 * content ({@link EvidenceContent}: images are written afresh), and either kept under a random name
 * (a UUID, never anything the uploader chose) or deleted, so a refused upload leaves nothing
 * behind.
 */
@ApplicationScoped
public class EvidenceStore {

  private static final String INCOMING = ".incoming-";

  @Inject
  @ConfigProperty(name = "cpd.evidence.dir", defaultValue = "data/evidence")
  String evidenceDir;

  private Path folder;

  EvidenceStore() {}

  /** A store over the given folder, for tests. */
  EvidenceStore(Path folder) {
    this.folder = folder;
    createFolder();
  }

  @PostConstruct
  void open() {
    folder = Path.of(evidenceDir).toAbsolutePath().normalize();
    createFolder();
  }

  private void createFolder() {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the evidence folder " + folder, e);
    }
  }

  /**
   * Reads an upload to its end, or to the first byte past 10 MB, and checks it.
   *
   * @throws org.sendcpd.platform.control.InvalidInputException when it is refused; nothing stays
   */
  public ReceivedFile receive(InputStream content, String originalName) {
    Path temporary = folder.resolve(INCOMING + UUID.randomUUID());
    Path kept = null;
    try {
      byte[] head = new byte[EvidenceType.SIGNATURE_BYTES];
      long size = 0;
      try (OutputStream out = Files.newOutputStream(temporary)) {
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = content.read(buffer)) != -1) {
          if (size < head.length) {
            System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(read, head.length - size));
          }
          size += read;
          if (size > EvidenceCheck.MAX_BYTES) {
            throw EvidenceCheck.tooLarge();
          }
          out.write(buffer, 0, read);
        }
      }
      byte[] start = Arrays.copyOf(head, (int) Math.min(size, head.length));
      EvidenceType type = EvidenceCheck.check(start, size);
      kept = EvidenceContent.checked(type, temporary);
      return new ReceivedFile(
          kept, type, Files.size(kept), sha256(kept), EvidenceCheck.cleanName(originalName));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not receive the upload", e);
    } finally {
      if (kept == null) {
        delete(temporary);
      }
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) != -1) {
        sha256.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  /** Moves a received file to its random permanent name and answers that name. */
  public String keep(ReceivedFile file) {
    String storedName = UUID.randomUUID().toString();
    try {
      Files.move(file.temporary(), folder.resolve(storedName), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the certificate", e);
    }
    return storedName;
  }

  /** Deletes a received file that will not be kept. */
  public void discard(ReceivedFile file) {
    delete(file.temporary());
  }

  /** Deletes a kept file whose row was never saved (its transaction rolled back). */
  public void forget(String storedName) {
    delete(fileOf(storedName));
  }

  /** The kept file of a stored name; names are UUIDs, so never a path out of the folder. */
  public Path fileOf(String storedName) {
    Path file = folder.resolve(storedName).normalize();
    if (!file.getParent().equals(folder) || storedName.startsWith(".")) {
      throw new IllegalArgumentException("not a stored evidence name: " + storedName);
    }
    return file;
  }

  public Path folder() {
    return folder;
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + file, e);
    }
  }
}
