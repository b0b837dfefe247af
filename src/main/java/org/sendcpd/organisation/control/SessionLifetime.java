package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a screen session may last from its sign-in, however busy it is kept ({@code
 * cpd.session.lifetime-minutes}, 8 hours by default): a session taken over, or a browser left
 * signed in on a shared computer, ends by the next working day. The idle limit (web.xml) is
 * separate.
 */
@ApplicationScoped
public class SessionLifetime {

  @Inject
  @ConfigProperty(name = "cpd.session.lifetime-minutes", defaultValue = "480")
  long minutes;

  Clock clock = Clock.systemUTC();

  public Instant now() {
    return clock.instant();
  }

  /**
   * Whether a session signed in at {@code signedInAt} has lived its time; one that does not know
   * when (kept by an older version of the application) has.
   */
  public boolean isOver(Instant signedInAt) {
    return signedInAt == null
        || !clock.instant().isBefore(signedInAt.plus(Duration.ofMinutes(minutes)));
  }
}
