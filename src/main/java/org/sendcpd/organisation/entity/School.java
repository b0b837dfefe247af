package org.sendcpd.organisation.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A school of the installation. One installation may hold a whole multi-academy trust; every record
 * of staff, training and appraisal belongs to exactly one school, and people see only their own
 * school unless they hold a trust-wide role.
 *
 * <p>Kept in the shared cache: read on nearly every request, changed rarely (in a trust, the
 * instances tell each other of changes over the data grid).
 */
@Entity
@Cacheable
@Table(name = "school")
@NamedQuery(name = School.FIND_ALL, query = "SELECT s FROM School s ORDER BY s.name")
@NamedQuery(name = School.FIND_BY_URN, query = "SELECT s FROM School s WHERE s.urn = :urn")
public class School {

  public static final String FIND_ALL = "School.findAll";
  public static final String FIND_BY_URN = "School.findByUrn";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Raised by every save; saving a copy read before the last save is refused. */
  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotBlank
  @Size(max = 200)
  private String name;

  /** The six-digit unique reference number the DfE gives every school in England. */
  @Pattern(regexp = "\\d{6}", message = "URN must be six digits")
  @Column(unique = true)
  private String urn;

  @NotNull
  @Enumerated(EnumType.STRING)
  private SchoolPhase phase;

  /**
   * The school's people sign in only through single sign-on (Microsoft or Google): their passwords
   * are refused, so a leaver switched off at the school's provider cannot come in by another door.
   * An administrator's account is never held to it, so someone can always set things right.
   */
  @Column(name = "sso_required")
  private boolean ssoRequired;

  protected School() {}

  public School(String name, String urn, SchoolPhase phase) {
    this.name = name;
    this.urn = urn;
    this.phase = phase;
  }

  public Long getId() {
    return id;
  }

  /** The row version: the API's ETag, and what a screen sends back to save its copy. */
  public int getRowVersion() {
    return rowVersion;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUrn() {
    return urn;
  }

  public void setUrn(String urn) {
    this.urn = urn;
  }

  public SchoolPhase getPhase() {
    return phase;
  }

  public void setPhase(SchoolPhase phase) {
    this.phase = phase;
  }

  public boolean isSsoRequired() {
    return ssoRequired;
  }

  public void setSsoRequired(boolean ssoRequired) {
    this.ssoRequired = ssoRequired;
  }
}
