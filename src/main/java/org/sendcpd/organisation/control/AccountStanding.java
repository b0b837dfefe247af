package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AccountsVersion;

/**
 * The account of a signed-in caller and its standing, asked on every request of a remembered
 * sign-in (a session, or HTTP Basic's cached check), so disabling an account, changing its roles or
 * password or signing it out everywhere stops it at once. Read from the database with one indexed
 * lookup, then kept until any account or staff record changes ({@link AccountsVersion}: moved after
 * every such commit on this instance and, in a cluster, announced by the others), so a caller's
 * further requests read nothing of their account.
 */
@ApplicationScoped
public class AccountStanding {

  static final int MAX_KEPT = 10_000;

  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory persistence;

  private record Kept(long version, CallerAccount account) {}

  private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    AccountWrites.watch(persistence);
  }

  public Optional<Standing> of(String username) {
    return account(username).map(CallerAccount::standing);
  }

  public Optional<CallerAccount> account(String username) {
    String key = username == null ? "" : username;
    long version = AccountsVersion.current(); // before the read: a change during it moves it on
    Kept known = kept.get(key);
    if (known != null && known.version() == version) {
      return Optional.of(known.account());
    }
    Optional<CallerAccount> read = read(key);
    if (read.isPresent()) {
      if (kept.size() >= MAX_KEPT) {
        kept.clear(); // more callers than any school has: start again rather than grow
      }
      kept.put(key, new Kept(version, read.get()));
    }
    return read;
  }

  private Optional<CallerAccount> read(String username) {
    List<Object[]> rows =
        em.createNamedQuery(UserAccount.FIND_STANDING, Object[].class)
            .setParameter("username", username)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    Standing standing =
        new Standing(
            Boolean.TRUE.equals(row[0]),
            (LocalDate) row[1],
            ((Number) row[2]).intValue(),
            Boolean.TRUE.equals(row[3]));
    return Optional.of(
        new CallerAccount(((Number) row[4]).longValue(), id(row[5]), id(row[6]), standing));
  }

  private static Long id(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
