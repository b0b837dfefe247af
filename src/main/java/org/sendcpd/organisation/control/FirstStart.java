package org.sendcpd.organisation.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.EmptyDatabaseStarted;

/**
 * On an empty database: creates the {@code admin} account and, unless {@code cpd.demo=false}, asks
 * for the demo school to be loaded. On every later start it does nothing, so data survives restarts
 * and the demo is never loaded twice. Instances of a trust that start together on one empty
 * database take the first-start row in turn (a row lock held until the first one commits), so only
 * one of them finds no accounts.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstStart {

  static final String ADMIN_USERNAME = "admin";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Logger log;
  @Inject Event<EmptyDatabaseStarted> emptyStart;
  @Inject PasswordPolicy policy;

  @Inject
  @ConfigProperty(name = "cpd.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "cpd.demo", defaultValue = "true")
  boolean demo;

  @PostConstruct
  void onStart() {
    em.createNativeQuery("UPDATE first_start_lock SET taken_at = CURRENT_TIMESTAMP WHERE id = 1")
        .executeUpdate();
    long accounts = em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
    if (accounts > 0) {
      return;
    }
    Optional<String> given = adminPassword.filter(p -> !p.isBlank());
    Optional<String> refusal = given.flatMap(p -> policy.problem(ADMIN_USERNAME, p));
    String password = given.filter(p -> refusal.isEmpty()).orElseGet(FirstStart::generated);
    UserAccount admin = new UserAccount(ADMIN_USERNAME, hasher.hash(password), null);
    admin.setRoles(EnumSet.of(SecurityRole.ADMIN));
    em.persist(admin);
    if (refusal.isPresent()) {
      log.severe(
          "First start: CPD_ADMIN_PASSWORD is not used: "
              + refusal.get()
              + ". Created the account 'admin' with the generated password "
              + password
              + " instead (shown once)");
    } else if (given.isEmpty()) {
      log.warning(
          "First start: created the account 'admin' with the generated password "
              + password
              + " (shown once; set CPD_ADMIN_PASSWORD to choose it)");
    } else {
      log.info(
          "First start: created the account 'admin' with the password from CPD_ADMIN_PASSWORD");
    }
    emptyStart.fire(new EmptyDatabaseStarted(demo));
  }

  public static String generated() {
    String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return password.toString();
  }
}
