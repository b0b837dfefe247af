package org.sendcpd.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.sendcpd.platform.control.SchoolData;

/**
 * A certificate or other file that backs a CPD record. The file itself lives in the data folder,
 * outside the web root, under a random stored name that never comes from the uploader; the original
 * name is kept only for the download. Its type was checked from the content, and its SHA-256 lets a
 * backup be checked and a duplicate upload be recognised.
 */
@Entity
@Table(name = "evidence")
@NamedQuery(
    name = Evidence.FIND_BY_RECORD,
    query = "SELECT e FROM Evidence e WHERE e.record.id = :recordId ORDER BY e.uploadedAt")
@NamedQuery(
    name = Evidence.FIND_BY_STORED_NAME,
    query = "SELECT e FROM Evidence e WHERE e.storedName = :storedName")
public class Evidence implements SchoolData {

  public static final String FIND_BY_RECORD = "Evidence.findByRecord";
  public static final String FIND_BY_STORED_NAME = "Evidence.findByStoredName";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "record_id")
  private CpdRecord record;

  @NotBlank
  @Size(max = 255)
  @Column(name = "original_file_name")
  private String originalFileName;

  @NotBlank
  @Size(max = 100)
  @Column(name = "content_type")
  private String contentType;

  @PositiveOrZero
  @Column(name = "size_bytes")
  private long sizeBytes;

  /** Random file name in the data folder: letters, digits and dashes only, so never a path. */
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9-]{16,64}")
  @Column(name = "stored_name")
  private String storedName;

  @NotBlank
  @Pattern(regexp = "[0-9a-f]{64}", message = "sha256 must be 64 lower-case hex digits")
  private String sha256;

  @NotNull
  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  /** Username of the uploader. */
  @NotBlank
  @Size(max = 100)
  @Column(name = "uploaded_by")
  private String uploadedBy;

  protected Evidence() {}

  public Evidence(
      CpdRecord record,
      String originalFileName,
      String contentType,
      long sizeBytes,
      String storedName,
      String sha256,
      Instant uploadedAt,
      String uploadedBy) {
    this.record = record;
    this.originalFileName = originalFileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.storedName = storedName;
    this.sha256 = sha256;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public Long getId() {
    return id;
  }

  public CpdRecord getRecord() {
    return record;
  }

  public String getOriginalFileName() {
    return originalFileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getStoredName() {
    return storedName;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  @Override
  public Set<Long> readBySchools() {
    return getRecord().readBySchools();
  }
}
