package org.sendcpd.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * Certificates are recognised by their first bytes; whatever else arrives leaves nothing behind.
 */
class EvidenceStoreTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J'};

  @TempDir Path folder;

  EvidenceStore store() {
    return new EvidenceStore(folder);
  }

  @Test
  void aPdfIsAcceptedAndKeptUnderARandomName() throws IOException {
    EvidenceStore store = store();
    ReceivedFile received =
        store.receive(new ByteArrayInputStream(PDF), "C:\\Users\\ellie\\cert.pdf");

    assertEquals(EvidenceType.PDF, received.type());
    assertEquals(PDF.length, received.size());
    assertEquals("cert.pdf", received.originalName());
    assertEquals(sha256(PDF), received.sha256());
    String stored = store.keep(received);
    assertTrue(stored.matches("[0-9a-f-]{36}"), stored);
    assertEquals(List.of(stored), files());
    assertTrue(Arrays.equals(PDF, Files.readAllBytes(store.fileOf(stored))));
  }

  @Test
  void pngAndJpegAreAcceptedByContentWhateverTheirNames() {
    assertEquals(EvidenceType.PNG, store().receive(new ByteArrayInputStream(PNG), "scan").type());
    assertEquals(
        EvidenceType.JPEG, store().receive(new ByteArrayInputStream(JPEG), "photo.pdf").type());
  }

  @Test
  void aProgramRenamedToPdfIsRefusedWithTheReasonAndNothingStays() {
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> store().receive(new ByteArrayInputStream(exe), "certificate.pdf"));

    assertTrue(refused.getMessage().contains("Only PDF, PNG or JPEG"), refused.getMessage());
    assertTrue(refused.getMessage().contains("Windows program"), refused.getMessage());
    assertEquals(List.of(), files());
  }

  @Test
  void anEmptyFileIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> store().receive(new ByteArrayInputStream(new byte[0]), "empty.pdf"));
    assertTrue(refused.getMessage().contains("empty"), refused.getMessage());
    assertEquals(List.of(), files());
  }

  @Test
  void aTextFileIsRefused() {
    byte[] text = "I attended the course, honestly.".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        InvalidInputException.class,
        () -> store().receive(new ByteArrayInputStream(text), "certificate.txt.pdf"));
    assertEquals(List.of(), files());
  }

  @Test
  void tenMegabytesAreAcceptedAndOneByteMoreIsRefused() {
    assertEquals(
        EvidenceCheck.MAX_BYTES, store().receive(pdfOf(EvidenceCheck.MAX_BYTES), "big.pdf").size());
    deleteAll();

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> store().receive(pdfOf(EvidenceCheck.MAX_BYTES + 1), "huge.pdf"));
    assertTrue(refused.getMessage().contains("larger than 10 MB"), refused.getMessage());
    assertEquals(List.of(), files());
  }

  @Test
  void namesAreCleanedForHeadersAndFileSystems() {
    assertEquals("cert.pdf", EvidenceCheck.cleanName("../../etc/cert.pdf"));
    assertEquals("a_b_.pdf", EvidenceCheck.cleanName("a\"b\r.pdf"));
    assertEquals("certificate", EvidenceCheck.cleanName("..."));
    assertEquals("certificate", EvidenceCheck.cleanName(null));
    assertEquals("Team Teach.png", EvidenceCheck.downloadName("Team Teach.pdf", EvidenceType.PNG));
  }

  @Test
  void storedNamesNeverLeaveTheFolder() {
    assertThrows(IllegalArgumentException.class, () -> store().fileOf("../db"));
    assertThrows(IllegalArgumentException.class, () -> store().fileOf(".incoming-x"));
  }

  /** A PDF header followed by zeros, streamed without holding it all. */
  static InputStream pdfOf(long size) {
    return new InputStream() {
      long position;

      @Override
      public int read() {
        if (position >= size) {
          return -1;
        }
        int b = position < PDF.length ? PDF[(int) position] : 0;
        position++;
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
          return -1;
        }
        int n = (int) Math.min(length, size - position);
        Arrays.fill(buffer, offset, offset + n, (byte) 0);
        for (int i = 0; i < n && position + i < PDF.length; i++) {
          buffer[offset + i] = PDF[(int) position + i];
        }
        position += n;
        return n;
      }
    };
  }

  List<String> files() {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  void deleteAll() {
    files().forEach(f -> folder.resolve(f).toFile().delete());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
