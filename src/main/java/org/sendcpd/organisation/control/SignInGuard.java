package org.sendcpd.organisation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.organisation.entity.SignInThrottle;
import org.sendcpd.organisation.entity.ThrottleLimits;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AuditLog;

/**
 * Throttles password guessing on both sign-in routes, per account name and per client address (see
 * {@link SignInThrottle} for the rule). An attempt it refuses gets the same answer as a wrong
 * password, and quickly: nothing waits on the server, the delay is a window in which attempts are
 * refused. Each lock is written to the audit log once.
 */
@ApplicationScoped
public class SignInGuard {

  static final String ACCOUNT = "account:";
  static final String ADDRESS = "address:";
  static final int ACCOUNT_FREE_FAILURES = 3;
  static final int ADDRESS_FREE_FAILURES = 20;
  static final Duration ACCOUNT_MAX_DELAY = Duration.ofSeconds(30);
  static final Duration ADDRESS_MAX_DELAY = Duration.ofSeconds(4);

  @PersistenceContext EntityManager em;
  @Inject ThrottleCounter counter;
  @Inject AuditLog audit;
  @Inject VerifiedCredentials verified;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "cpd.signin.account.lock-after", defaultValue = "10")
  int accountLockAfter;

  @Inject
  @ConfigProperty(name = "cpd.signin.address.lock-after", defaultValue = "100")
  int addressLockAfter;

  @Inject
  @ConfigProperty(name = "cpd.signin.lock-minutes", defaultValue = "15")
  int lockMinutes;

  Clock clock = Clock.systemUTC();
  ThrottleLimits accountLimits;
  ThrottleLimits addressLimits;

  @PostConstruct
  void configure() {
    Duration minutes = Duration.ofMinutes(lockMinutes);
    accountLimits =
        new ThrottleLimits(
            Math.min(ACCOUNT_FREE_FAILURES, accountLockAfter - 1),
            accountLockAfter,
            minutes,
            minutes,
            ACCOUNT_MAX_DELAY);
    addressLimits =
        new ThrottleLimits(
            Math.min(ADDRESS_FREE_FAILURES, addressLockAfter - 1),
            addressLockAfter,
            minutes,
            minutes,
            ADDRESS_MAX_DELAY);
  }

  /** Whether an attempt for this name from this address is refused before the password is read. */
  public boolean refuses(String username, String address) {
    Instant now = clock.instant();
    return refuses(accountKey(username), accountLimits, now)
        || refuses(addressKey(address), addressLimits, now);
  }

  /** Counts a refused attempt against the name and the address, auditing a lock it causes. */
  public void failed(String username, String address) {
    Instant now = clock.instant();
    if (count(accountKey(username), accountLimits, now)) {
      verified.forget(username);
      audit.record(
          name(username),
          "SIGN_IN_LOCKED",
          "UserAccount",
          accountId(username).orElse(null),
          lockDetail(accountLimits, address));
    }
    if (count(addressKey(address), addressLimits, now)) {
      audit.record(
          name(username),
          "SIGN_IN_LOCKED",
          "ClientAddress",
          null,
          lockDetail(addressLimits, address));
    }
  }

  /** A right password outside any lock: the name's count starts again. */
  public void succeeded(String username) {
    String key = accountKey(username);
    if (em.find(SignInThrottle.class, key) != null) {
      counter.clear(key);
    }
  }

  /** Until when the account name is locked, if it is now. */
  public Optional<Instant> lockedUntil(String username) {
    SignInThrottle row = em.find(SignInThrottle.class, accountKey(username));
    Instant now = clock.instant();
    return row != null && row.isLocked(now) ? Optional.of(row.getLockedUntil()) : Optional.empty();
  }

  /** Every account name locked now, with the end of its lock. */
  public Map<String, Instant> lockedAccounts() {
    Map<String, Instant> locked = new HashMap<>();
    em.createNamedQuery(SignInThrottle.FIND_LOCKED, SignInThrottle.class)
        .setParameter("now", clock.instant())
        .setParameter("prefix", ACCOUNT + "%")
        .getResultList()
        .forEach(t -> locked.put(t.getSubject().substring(ACCOUNT.length()), t.getLockedUntil()));
    return locked;
  }

  /** Ends a lock of the account name and its count at once. */
  public void unlock(String username) {
    counter.clear(accountKey(username));
  }

  /** Forgets counts that can no longer matter: no lock in force, nothing for a whole window. */
  public int sweep() {
    Instant now = clock.instant();
    return counter.sweep(now.minus(Duration.ofMinutes(lockMinutes).multipliedBy(2)), now);
  }

  private boolean refuses(String key, ThrottleLimits limits, Instant now) {
    // not in the shared cache (persistence.xml caches only @Cacheable): read as counted by any
    // instance
    SignInThrottle row = em.find(SignInThrottle.class, key);
    return row != null && row.refuses(now, limits);
  }

  private boolean count(String key, ThrottleLimits limits, Instant now) {
    try {
      return counter.count(key, limits, now);
    } catch (RuntimeException firstInsertRace) {
      // Two instances counted the first failure of a subject at once; the row exists now.
      log.log(Level.FINE, "counting a refused sign-in again", firstInsertRace);
      return counter.count(key, limits, now);
    }
  }

  private Optional<Long> accountId(String username) {
    return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
        .setParameter("username", name(username))
        .getResultStream()
        .findFirst()
        .map(UserAccount::getId);
  }

  private String lockDetail(ThrottleLimits limits, String address) {
    return "locked for "
        + limits.lockFor().toMinutes()
        + " minutes after "
        + limits.lockAfter()
        + " refused sign-ins within "
        + limits.window().toMinutes()
        + " minutes; last attempt from "
        + address;
  }

  static String name(String username) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return name.length() > 150 ? name.substring(0, 150) : name;
  }

  static String accountKey(String username) {
    return ACCOUNT + name(username);
  }

  static String addressKey(String address) {
    String a = address == null ? "unknown" : address;
    return ADDRESS + (a.length() > 150 ? a.substring(0, 150) : a);
  }
}
