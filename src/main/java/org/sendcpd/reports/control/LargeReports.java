package org.sendcpd.reports.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.platform.control.ServerBusyException;

/**
 * Which reports are large, and how many of them are made at once. A school report is large when the
 * school's people in post times the competences of the frameworks pass a bound: it then runs to
 * thousands of pages and minutes of work, so the screens make it as a background job and it is
 * spooled to a file. However it is asked for, only a few large reports are filled at a time (each
 * holds a school's analysis and its swap file's pages): a request that finds no turn free is told
 * to try again later (503), a background job waits for its turn.
 */
@ApplicationScoped
public class LargeReports {

  static final int RETRY_AFTER_SECONDS = 60;

  @Inject
  @ConfigProperty(name = "cpd.reports.large-cells", defaultValue = "25000")
  int largeCells = 25_000;

  @Inject
  @ConfigProperty(name = "cpd.reports.large-at-once", defaultValue = "1")
  int atOnce = 1;

  private Semaphore turns;

  @PostConstruct
  void init() {
    turns = new Semaphore(Math.max(1, atOnce), true);
  }

  /** The rule: people x competences above the bound (both counts of the reference date). */
  static boolean isLarge(long people, long competences, long largeCells) {
    return people * competences > largeCells;
  }

  public boolean isLarge(long people, long competences) {
    return isLarge(people, competences, largeCells);
  }

  /** Makes a large report for a request now, or answers busy when every turn is taken. */
  public <T> T now(Callable<T> render) {
    try {
      if (!turns().tryAcquire(1, TimeUnit.SECONDS)) {
        throw new ServerBusyException(
            "Another large report is being made: busy, try again in a minute", RETRY_AFTER_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return inTurn(render);
  }

  /** Makes a large report in a background job, waiting for a turn and saying so meanwhile. */
  public <T> T whenFree(Callable<T> render, ReportProgress progress) throws InterruptedException {
    if (!turns().tryAcquire()) {
      progress.at(5, "Waiting for another large report to finish");
      turns().acquire();
    }
    return inTurn(render);
  }

  private <T> T inTurn(Callable<T> render) {
    try {
      return render.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      turns().release();
    }
  }

  private synchronized Semaphore turns() {
    if (turns == null) {
      init();
    }
    return turns;
  }
}
