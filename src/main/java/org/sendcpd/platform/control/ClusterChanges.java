package org.sendcpd.platform.control;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Tells the other instances of a trust's cluster that the data changed, over the data grid Payara
 * Micro runs there (Hazelcast), so each drops the analyses it keeps as soon as another instance
 * commits a write, as it does for its own; a message names the schools whose data changed (none:
 * every school's). On one instance (no data grid) there is nobody to tell.
 */
@ApplicationScoped
public class ClusterChanges {

  static final String TOPIC = "sendcpd.data-changes";
  static final String GRID = "payara/Hazelcast";

  @Inject Logger log;

  private final String self = UUID.randomUUID().toString();
  private volatile boolean clustered;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Optional<HazelcastInstance> grid = runningGrid();
    if (grid.isEmpty()) {
      return;
    }
    ITopic<String> topic = grid.get().getTopic(TOPIC);
    topic.addMessageListener(
        message -> {
          String[] change = message.getMessageObject().split("\\|", -1);
          if (!self.equals(change[0])) {
            DataVersion.changedElsewhere(schools(change[1]));
          }
        });
    DataVersion.announceTo(schools -> tell(topic, schools));
    clustered = true;
    log.info("Cluster: data changes are announced to the other instances over the data grid");
  }

  /** A commit has happened by now: failing to tell the others must not fail it. */
  private void tell(ITopic<String> topic, Set<Long> schools) {
    try {
      topic.publish(
          self + "|" + schools.stream().map(String::valueOf).collect(Collectors.joining(",")));
    } catch (RuntimeException gridStopping) {
      log.warning("Cluster: could not announce a data change: " + gridStopping);
    }
  }

  /** The schools a message names: none (every school) or their ids separated by commas. */
  static Set<Long> schools(String ids) {
    return ids.isEmpty()
        ? Set.of()
        : Arrays.stream(ids.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
  }

  public boolean isClustered() {
    return clustered;
  }

  static Optional<HazelcastInstance> runningGrid() {
    try {
      Object found = new InitialContext().lookup(GRID);
      return found instanceof HazelcastInstance grid && grid.getLifecycleService().isRunning()
          ? Optional.of(grid)
          : Optional.empty();
    } catch (NamingException | RuntimeException | LinkageError noGrid) {
      // started with --nohazelcast (one school on Derby): a single instance
      return Optional.empty();
    }
  }
}
