package org.sendcpd.training.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.TooLargeException;

/**
 * The rules a certificate must pass before anything is stored: not empty, at most 10 MB, and a PDF,
 * PNG or JPEG by its content. Refusals say why in words a member of staff can act on. File names
 * are cleaned here too, because they come from the uploader and end up in a response header.
 */
public final class EvidenceCheck {

  /** 10 MB: a scanned certificate fits with room to spare. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final int MAX_NAME = 120;

  private EvidenceCheck() {}

  /** The type of a complete upload of {@code size} bytes that begins with {@code head}. */
  public static EvidenceType check(byte[] head, long size) {
    if (size == 0) {
      throw refused("The file is empty: choose the certificate itself.");
    }
    if (size > MAX_BYTES) {
      throw tooLarge();
    }
    return EvidenceType.detect(head)
        .orElseThrow(
            () ->
                refused(
                    "Only PDF, PNG or JPEG certificates are accepted, and this file's content is"
                        + " none of them"
                        + looksLike(head)
                        + ", whatever its name says. Nothing was saved."));
  }

  /** Refuses a stream that ran past the limit before it ended. */
  public static InvalidInputException tooLarge() {
    String reason =
        "The file is larger than 10 MB: scan the certificate at a lower resolution or save it"
            + " as a PDF.";
    return new TooLargeException(reason, List.of(Map.of("field", "file", "message", reason)));
  }

  private static String looksLike(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, 2), StandardCharsets.ISO_8859_1);
    return start.equals("MZ") ? " (it is a Windows program)" : "";
  }

  static InvalidInputException refused(String reason) {
    return new InvalidInputException(reason, List.of(Map.of("field", "file", "message", reason)));
  }

  /**
   * The uploader's file name without folders, control characters or anything a header or a file
   * system could read as syntax; "certificate" when nothing usable is left.
   */
  public static String cleanName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    String clean = base.replaceAll("[^A-Za-z0-9 ._()-]", "_").strip();
    clean = clean.replaceAll("^[.]+", "");
    if (clean.length() > MAX_NAME) {
      clean = clean.substring(clean.length() - MAX_NAME);
    }
    return clean.isBlank() ? "certificate" : clean;
  }

  /** The name a download offers: the clean name, ending as its detected type does. */
  public static String downloadName(String originalName, EvidenceType type) {
    String clean = cleanName(originalName);
    int dot = clean.lastIndexOf('.');
    String stem = dot > 0 ? clean.substring(0, dot) : clean;
    return stem + "." + type.extension();
  }
}
