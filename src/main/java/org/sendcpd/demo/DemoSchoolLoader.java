package org.sendcpd.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.framework.control.FrameworkImporter;
import org.sendcpd.organisation.control.FirstStart;
import org.sendcpd.organisation.control.PasswordHasher;
import org.sendcpd.organisation.control.PasswordPolicy;
import org.sendcpd.platform.control.EmptyDatabaseStarted;

/**
 * Loads the demo school when the first start finds an empty database and the installation asked for
 * the demo ({@code cpd.demo}, true by default). It runs inside the first start's transaction, so
 * the admin account and the demo commit together or not at all, and since the event fires only on
 * an empty database the demo is never loaded twice. Every demo account shares one password, {@code
 * cpd.demo.password}, hashed once. It observes after the shipped frameworks are imported (a larger
 * priority number), so the demo finds them.
 */
@ApplicationScoped
public class DemoSchoolLoader {

  @PersistenceContext EntityManager em;
  @Inject FrameworkImporter frameworkImporter;
  @Inject PasswordHasher hasher;
  @Inject Logger log;
  @Inject PasswordPolicy policy;

  @Inject
  @ConfigProperty(name = "cpd.demo.password", defaultValue = "oakfield-demo")
  String demoPassword;

  Clock clock = Clock.system(DemoSetting.ZONE);

  void onEmptyStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 100) EmptyDatabaseStarted event) {
    if (!event.loadDemo()) {
      log.info("First start: the demo school is not loaded (cpd.demo=false)");
      return;
    }
    long started = System.nanoTime();
    String hash = hasher.hash(compliantDemoPassword());
    long hashed = System.nanoTime();
    DemoCounts counts = new DemoSchool(em, frameworkImporter::save, clock).load(hash);
    long loaded = System.nanoTime();
    log.info(
        () ->
            String.format(
                "First start: loaded the demo school %s in %d ms (password hash %d ms): %s",
                DemoSchool.NAME,
                TimeUnit.NANOSECONDS.toMillis(loaded - hashed),
                TimeUnit.NANOSECONDS.toMillis(hashed - started),
                counts));
  }

  /** The configured demo password, or, where the password policy refuses it, a generated one. */
  String compliantDemoPassword() {
    return policy
        .problem(null, demoPassword)
        .map(
            refusal -> {
              String generated = FirstStart.generated();
              log.severe(
                  "First start: CPD_DEMO_PASSWORD is not used: "
                      + refusal
                      + ". Every demo account has the generated password "
                      + generated
                      + " instead (shown once)");
              return generated;
            })
        .orElse(demoPassword);
  }
}
