package org.sendcpd.platform.control;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Tells the other instances of a trust's cluster that an account changed ({@link AccountsVersion}),
 * and waits until each has said it heard: the change then holds on every instance before the
 * request that made it is answered, so a disabled account is refused by the next request wherever
 * it lands. An instance that does not answer within {@link #WAIT_SECONDS} is logged, not waited
 * for. On one instance (no data grid) there is nobody to tell.
 */
@ApplicationScoped
public class ClusterAccountChanges {

  static final String TOPIC = "sendcpd.account-changes";
  static final String HEARD = "sendcpd.account-changes-heard";
  static final long WAIT_SECONDS = 2;

  @Inject Logger log;

  private final String self = UUID.randomUUID() + "/";
  private final Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Optional<HazelcastInstance> grid = ClusterChanges.runningGrid();
    if (grid.isEmpty()) {
      return;
    }
    ITopic<String> changes = grid.get().getTopic(TOPIC);
    ITopic<String> heard = grid.get().getTopic(HEARD);
    changes.addMessageListener(
        message -> {
          String change = message.getMessageObject();
          if (!change.startsWith(self)) {
            AccountsVersion.changedElsewhere();
            heard.publish(change);
          }
        });
    heard.addMessageListener(
        message -> {
          CountDownLatch latch = waiting.get(message.getMessageObject());
          if (latch != null) {
            latch.countDown();
          }
        });
    AccountsVersion.announceTo(() -> tell(grid.get(), changes));
    log.info("Cluster: account changes are confirmed by every instance before they are answered");
  }

  /** The change is committed by now: a grid that does not answer must not fail it. */
  private void tell(HazelcastInstance grid, ITopic<String> changes) {
    String change = self + UUID.randomUUID();
    try {
      int others = grid.getCluster().getMembers().size() - 1;
      if (others <= 0) {
        return;
      }
      CountDownLatch latch = new CountDownLatch(others);
      waiting.put(change, latch);
      changes.publish(change);
      if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        log.warning(
            "Cluster: " + latch.getCount() + " instance(s) did not confirm an account change");
      }
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException gridStopping) {
      log.warning("Cluster: could not announce an account change: " + gridStopping);
    } finally {
      waiting.remove(change);
    }
  }
}
