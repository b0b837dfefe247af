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

  static final byte[] PDF = EvidenceSamples.pdf();
  static final byte[] PNG = EvidenceSamples.png();
  static final byte[] JPEG = EvidenceSamples.jpeg();

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
  void aPdfThatGoesOnAsAWebPageIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                store()
                    .receive(
                        new ByteArrayInputStream(EvidenceSamples.pdfHtmlPolyglot()), "cert.pdf"));
    assertTrue(refused.getMessage().contains("web page"), refused.getMessage());
    assertEquals(List.of(), files());
  }

  @Test
  void aWebPageAfterTheEndOfARealPdfIsRefused() {
    byte[] trailing = EvidenceSamples.withPayload(PDF);
    assertThrows(
        InvalidInputException.class,
        () -> store().receive(new ByteArrayInputStream(trailing), "cert.pdf"));
    assertEquals(List.of(), files());
  }

  @Test
  void aPdfHeaderOverAnythingElseIsNotAPdf() {
    byte[] fake = "%PDF-1.7\nnot really\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> store().receive(new ByteArrayInputStream(fake), "cert.pdf"));
    assertTrue(refused.getMessage().contains("not a readable PDF"), refused.getMessage());
  }

  @Test
  void imagesAreWrittenAfreshSoNothingRidesAlong() throws IOException {
    EvidenceStore store = store();
    byte[] sent = EvidenceSamples.withPayload(PNG);
    ReceivedFile received = store.receive(new ByteArrayInputStream(sent), "scan.png");

    byte[] kept = Files.readAllBytes(received.temporary());
    assertEquals(EvidenceType.PNG, received.type());
    assertTrue(javax.imageio.ImageIO.read(received.temporary().toFile()) != null);
    assertTrue(!new String(kept, StandardCharsets.ISO_8859_1).contains("<script>"));
    assertEquals(kept.length, received.size());
    assertEquals(sha256(kept), received.sha256());
    assertEquals(1, files().size(), "only the clean copy is left: " + files());
  }

  @Test
  void somethingThatOnlyStartsLikeAnImageIsRefused() {
    byte[] fake = Arrays.copyOf(PNG, 20);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> store().receive(new ByteArrayInputStream(fake), "scan.png"));
    assertTrue(
        refused.getMessage().contains("could not be read as a picture"), refused.getMessage());
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

  /**
   * A real PDF of exactly {@code size} bytes: its first line, a comment of spaces, then the rest
   * (PDFBox finds the objects again by scanning, as it does for a PDF whose offsets are off).
   */
  static InputStream pdfOf(long size) {
    int firstLine = indexOf(PDF, (byte) '\n') + 1;
    byte[] padded = new byte[(int) size];
    System.arraycopy(PDF, 0, padded, 0, firstLine);
    int rest = PDF.length - firstLine;
    int comment = (int) size - PDF.length;
    Arrays.fill(padded, firstLine, firstLine + comment, (byte) ' ');
    padded[firstLine] = '%';
    padded[firstLine + comment - 1] = '\n';
    System.arraycopy(PDF, firstLine, padded, firstLine + comment, rest);
    return new ByteArrayInputStream(padded);
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
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
