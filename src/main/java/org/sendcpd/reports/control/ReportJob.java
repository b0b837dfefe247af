package org.sendcpd.reports.control;

import java.time.Instant;

/** A report being made on another thread: how far it has come, then its file or what went wrong. */
public final class ReportJob {

  private final String id;
  private final String owner;
  private final Instant started;
  private volatile int percent = 5;
  private volatile String step = "Waiting for a free worker";
  private volatile ReportFile file;
  private volatile String error;

  ReportJob(String id, String owner, Instant started) {
    this.id = id;
    this.owner = owner;
    this.started = started;
  }

  void progress(int percent, String step) {
    this.percent = percent;
    this.step = step;
  }

  void finish(ReportFile file) {
    this.file = file;
    progress(100, "Ready");
  }

  void fail(String error) {
    this.error = error;
    progress(100, "Failed");
  }

  public boolean isDone() {
    return file != null || error != null;
  }

  public String id() {
    return id;
  }

  String owner() {
    return owner;
  }

  Instant started() {
    return started;
  }

  public int percent() {
    return percent;
  }

  public String step() {
    return step;
  }

  /** The file, once made; null before and when the job failed. */
  public ReportFile file() {
    return file;
  }

  public String error() {
    return error;
  }
}
