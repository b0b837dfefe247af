package org.sendcpd.organisation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that an API caller's username and password were checked. HTTP Basic
 * sends the password on every request and PBKDF2 with 210,000 rounds costs a quarter of a second by
 * design, so without this every API call pays that price.
 *
 * <p>Only a salted SHA-256 of the password is kept, never the password: the salt is random per
 * process, so the digests are useless outside this JVM. Wrong passwords are never remembered (a
 * guess always pays the full PBKDF2 price). An entry ends after {@link #TTL}, and at once when the
 * account's password, roles, staff record or enabled flag change or the account is deleted (again
 * when that transaction ends, so a check that read the old row meanwhile cannot outlive it). The
 * roles that follow from data (LINE_MANAGER from having reports) may lag by up to the TTL.
 */
@ApplicationScoped
public class VerifiedCredentials {

  static final Duration TTL = Duration.ofMinutes(5);
  static final int MAX_ENTRIES = 10_000;

  /**
   * What a successful check answered, kept against a digest of the password presented, with the
   * account's security version at that moment (a later change of it ends the entry's use).
   */
  public record Caller(String username, Set<String> groups, int securityVersion) {}

  private record Entry(byte[] digest, Caller caller, Instant expires) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] salt = new byte[32];
  private final Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  public VerifiedCredentials() {
    this(Clock.systemUTC());
  }

  VerifiedCredentials(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  /** The caller remembered for exactly this username and password, if not expired. */
  public Optional<Caller> find(String username, String password) {
    String key = key(username);
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expires())) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return MessageDigest.isEqual(entry.digest(), digest(password))
        ? Optional.of(entry.caller())
        : Optional.empty();
  }

  /** Remembers a check that succeeded. */
  public void remember(String username, String password, Caller caller) {
    if (entries.size() >= MAX_ENTRIES) {
      Instant now = clock.instant();
      entries.values().removeIf(e -> !now.isBefore(e.expires()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear(); // a flood of distinct callers: start again rather than grow
      }
    }
    entries.put(
        key(username),
        new Entry(
            digest(password),
            new Caller(caller.username(), Set.copyOf(caller.groups()), caller.securityVersion()),
            clock.instant().plus(TTL)));
  }

  /** Forgets the account now and, inside a transaction, once more when it ends. */
  public void forget(String username) {
    String key = key(username);
    entries.remove(key);
    if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
              entries.remove(key);
            }
          });
    }
  }

  int size() {
    return entries.size();
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }

  private byte[] digest(String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return sha.digest((password == null ? "" : password).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
