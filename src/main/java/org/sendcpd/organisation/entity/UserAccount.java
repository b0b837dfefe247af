package org.sendcpd.organisation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.sendcpd.platform.control.NotReadByAnalysis;

/**
 * The sign-in of one person. Most accounts belong to a staff member and act for them; the
 * installation's administrator may have none. The password is kept only as a PBKDF2 hash. A
 * disabled account cannot sign in; a leaver's account is disabled from their leaving date.
 *
 * <p>The security version is what a sign-in remembers: disabling the account, changing its roles or
 * password, or signing it out everywhere raises it, and every session or cached sign-in made under
 * an older number ends on its next request. An account marked to change its password can do nothing
 * else after signing in until it has.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.FIND_BY_USERNAME,
    query = "SELECT a FROM UserAccount a WHERE a.username = :username")
@NamedQuery(
    name = UserAccount.FIND_BY_STAFF,
    query = "SELECT a FROM UserAccount a WHERE a.staffMember.id = :staffId")
@NamedQuery(name = UserAccount.FIND_ALL, query = "SELECT a FROM UserAccount a ORDER BY a.username")
@NamedQuery(name = UserAccount.COUNT_ALL, query = "SELECT COUNT(a) FROM UserAccount a")
@NamedQuery(
    name = UserAccount.FIND_ENABLED_OF_LEAVERS,
    query =
        "SELECT a FROM UserAccount a JOIN FETCH a.staffMember s"
            + " WHERE a.enabled = TRUE AND s.leftDate <= :today")
@NamedQuery(
    name = UserAccount.FIND_STANDING,
    query =
        "SELECT a.enabled, s.leftDate, a.securityVersion, a.mustChangePassword, a.id, s.id,"
            + " sc.id FROM UserAccount a LEFT JOIN a.staffMember s LEFT JOIN s.school sc"
            + " WHERE a.username = :username")
@NotReadByAnalysis
public class UserAccount {

  public static final String FIND_BY_USERNAME = "UserAccount.findByUsername";
  public static final String FIND_BY_STAFF = "UserAccount.findByStaff";
  public static final String FIND_ALL = "UserAccount.findAll";
  public static final String COUNT_ALL = "UserAccount.countAll";
  public static final String FIND_ENABLED_OF_LEAVERS = "UserAccount.findEnabledOfLeavers";

  /**
   * Closes an enabled account and raises its version, in SQL: EclipseLink writes a JPQL bulk update
   * of a versioned entity with a numeric literal that Derby's BOOLEAN column refuses.
   */
  public static final String DISABLE_IF_ENABLED =
      "UPDATE user_account SET enabled = FALSE, row_version = row_version + 1,"
          + " security_version = security_version + 1 WHERE id = ? AND enabled = TRUE";

  public static final String FIND_STANDING = "UserAccount.findStanding";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Raised by every save; saving a copy read before the last save is refused. */
  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotBlank
  @Size(min = 3, max = 100)
  @Pattern(
      regexp = "[a-z0-9._-]+",
      message = "username may hold lower-case letters, digits, dot, dash and underscore")
  private String username;

  @NotBlank
  @Size(max = 400)
  @Column(name = "password_hash")
  private String passwordHash;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_member_id", unique = true)
  private StaffMember staffMember;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role_name")
  @Enumerated(EnumType.STRING)
  private Set<SecurityRole> roles = EnumSet.noneOf(SecurityRole.class);

  private boolean enabled = true;

  @Column(name = "created_at")
  private Instant createdAt = Instant.now();

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "security_version")
  private int securityVersion;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  protected UserAccount() {}

  public UserAccount(String username, String passwordHash, StaffMember staffMember) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.staffMember = staffMember;
  }

  public Long getId() {
    return id;
  }

  /** The row version: the API's ETag, and what a screen sends back to save its copy. */
  public int getRowVersion() {
    return rowVersion;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public void setStaffMember(StaffMember staffMember) {
    this.staffMember = staffMember;
  }

  /** The granted roles; LINE_MANAGER and STAFF are added at sign-in, never stored. */
  public Set<SecurityRole> getRoles() {
    return roles;
  }

  public void setRoles(Set<SecurityRole> roles) {
    this.roles = roles.isEmpty() ? EnumSet.noneOf(SecurityRole.class) : EnumSet.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public void setLastLoginAt(Instant lastLoginAt) {
    this.lastLoginAt = lastLoginAt;
  }

  public int getSecurityVersion() {
    return securityVersion;
  }

  /** Ends every sign-in made before now: sessions and cached API checks alike. */
  public void revokeSignIns() {
    securityVersion++;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public void setMustChangePassword(boolean mustChangePassword) {
    this.mustChangePassword = mustChangePassword;
  }

  /**
   * Closes the account for good under the retention rule: a name that says nothing of the person
   * and the hash of a password nobody knows.
   */
  public void retire(String placeholderName, String unusableHash) {
    this.username = placeholderName;
    this.passwordHash = unusableHash;
    this.enabled = false;
    securityVersion++;
  }
}
