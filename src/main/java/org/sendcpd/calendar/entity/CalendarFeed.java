package org.sendcpd.calendar.entity;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.NotReadByAnalysis;

/**
 * A secret address of an iCalendar feed. Calendar apps cannot sign in, so whoever knows the token
 * reads the feed: a person's own feed lists their bookings, a school's feed its training calendar.
 * The token is 256 random bits, URL-safe. Revoking it makes the address answer 404 for good; a new
 * feed gets a new token. Exactly one owner: a member of staff or a school.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(
    name = CalendarFeed.FIND_BY_TOKEN,
    query = "SELECT f FROM CalendarFeed f WHERE f.token = :token AND f.revokedAt IS NULL")
@NamedQuery(
    name = CalendarFeed.FIND_ACTIVE_OF_STAFF,
    query =
        "SELECT f FROM CalendarFeed f WHERE f.staffMember.id = :staffId AND f.revokedAt IS NULL"
            + " ORDER BY f.createdAt DESC")
@NamedQuery(
    name = CalendarFeed.FIND_ACTIVE_OF_SCHOOL,
    query =
        "SELECT f FROM CalendarFeed f WHERE f.school.id = :schoolId AND f.revokedAt IS NULL"
            + " ORDER BY f.createdAt DESC")
@NotReadByAnalysis
public class CalendarFeed {

  /** The live feed with this token, if any. */
  public static final String FIND_BY_TOKEN = "CalendarFeed.findByToken";

  public static final String FIND_ACTIVE_OF_STAFF = "CalendarFeed.findActiveOfStaff";
  public static final String FIND_ACTIVE_OF_SCHOOL = "CalendarFeed.findActiveOfSchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The person whose bookings the feed lists; null for a school's feed. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_member_id")
  private StaffMember staffMember;

  /** The school whose calendar the feed lists; null for a person's feed. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  @NotNull
  @Size(min = 43, max = 64)
  private String token;

  @NotNull
  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected CalendarFeed() {}

  private CalendarFeed(StaffMember staffMember, School school, String token, Instant createdAt) {
    this.staffMember = staffMember;
    this.school = school;
    this.token = token;
    this.createdAt = createdAt;
  }

  public static CalendarFeed ofPerson(StaffMember person, String token, Instant createdAt) {
    return new CalendarFeed(person, null, token, createdAt);
  }

  public static CalendarFeed ofSchool(School school, String token, Instant createdAt) {
    return new CalendarFeed(null, school, token, createdAt);
  }

  /** Ends the feed; its address answers 404 from now on. */
  public void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  public boolean isPersonal() {
    return staffMember != null;
  }

  public Long getId() {
    return id;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public School getSchool() {
    return school;
  }

  public String getToken() {
    return token;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
