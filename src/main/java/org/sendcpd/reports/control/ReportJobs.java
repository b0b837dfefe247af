package org.sendcpd.reports.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sendcpd.organisation.control.CurrentUser;

/**
 * Reports too large to make while a screen waits (the whole trust's, a large school's) run on the
 * server's managed executor, so the screen that asked stays free and can show their progress; a job
 * is seen only by whoever started it. Jobs nobody fetched are forgotten after an hour, and their
 * files removed.
 */
@ApplicationScoped
public class ReportJobs {

  static final Duration KEPT = Duration.ofHours(1);

  @Resource ManagedExecutorService executor;
  @Inject Reports reports;
  @Inject CurrentUser caller;
  @Inject Logger log;

  private final Map<String, ReportJob> jobs = new ConcurrentHashMap<>();

  /** Starts the trust's capacity report (access checked now); answers the job's id. */
  public String startTrustCapacity(ReportFormat format, LocalDate date) {
    return start("The trust capacity report", p -> reports.trustCapacityTask(format, date, p));
  }

  /** Starts a school report (access checked now); answers the job's id. */
  public String startSchool(String name, ReportFormat format, long schoolId, LocalDate date) {
    return start(
        "The " + name + " report of school " + schoolId,
        p -> reports.schoolTask(name, format, schoolId, date, p));
  }

  private String start(String what, Function<ReportProgress, Callable<ReportFile>> work) {
    forgetOld();
    ReportJob job = new ReportJob(UUID.randomUUID().toString(), caller.username(), Instant.now());
    Callable<ReportFile> task = work.apply(job::progress);
    jobs.put(job.id(), job);
    executor.submit(
        () -> {
          try {
            job.finish(task.call());
          } catch (Exception e) {
            log.log(Level.WARNING, what + " failed", e);
            job.fail("The report could not be made: " + e.getMessage());
          }
        });
    return job.id();
  }

  /** The caller's own job of that id. */
  public Optional<ReportJob> find(String id) {
    return Optional.ofNullable(id == null ? null : jobs.get(id))
        .filter(j -> j.owner().equals(caller.username()));
  }

  /** Hands over a finished job's file once; the job is then forgotten. */
  public Optional<ReportFile> collect(String id) {
    Optional<ReportFile> file = find(id).map(ReportJob::file);
    file.ifPresent(f -> jobs.remove(id));
    return file;
  }

  private void forgetOld() {
    Instant cutoff = Instant.now().minus(KEPT);
    jobs.values()
        .removeIf(
            j -> {
              boolean old = j.started().isBefore(cutoff);
              if (old && j.file() != null) {
                j.file().discard();
              }
              return old;
            });
  }
}
