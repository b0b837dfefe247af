package org.sendcpd.training.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of certificate we keep, each recognised by the bytes its files begin with. The name a
 * file arrives with and the content type a browser claims are never trusted: renaming a program to
 * {@code .pdf} changes neither its first bytes nor what it is.
 */
public enum EvidenceType {
  PDF("application/pdf", "pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  /** The longest signature: how many leading bytes detection needs. */
  public static final int SIGNATURE_BYTES = 8;

  private final String contentType;
  private final String extension;
  private final byte[] signature;

  EvidenceType(String contentType, String extension, byte[] signature) {
    this.contentType = contentType;
    this.extension = extension;
    this.signature = signature;
  }

  /** The type whose signature the content starts with, if any. */
  public static Optional<EvidenceType> detect(byte[] head) {
    return Arrays.stream(values()).filter(t -> t.startsOf(head)).findFirst();
  }

  private boolean startsOf(byte[] head) {
    return head.length >= signature.length
        && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The type a stored content type names; evidence rows only ever hold these. */
  public static EvidenceType ofContentType(String contentType) {
    return Arrays.stream(values())
        .filter(t -> t.contentType.equals(contentType))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a certificate type: " + contentType));
  }
}
