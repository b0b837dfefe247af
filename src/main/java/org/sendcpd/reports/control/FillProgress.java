package org.sendcpd.reports.control;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;

/**
 * A report's rows as the filler reads them, telling how far it has come: the filler reads the rows
 * once, in order, so the row it asks for says how much of the report is filled.
 */
final class FillProgress extends AbstractList<Map<String, ?>> {

  private final List<? extends Map<String, ?>> rows;
  private final ReportProgress progress;
  private final int from;
  private final int to;
  private final int every;

  private FillProgress(
      List<? extends Map<String, ?>> rows, ReportProgress progress, int from, int to) {
    this.rows = rows;
    this.progress = progress;
    this.from = from;
    this.to = to;
    this.every = Math.max(1, rows.size() / 100);
  }

  /** The rows, telling the progress from one percentage to another as they are read. */
  static List<Map<String, ?>> of(
      List<? extends Map<String, ?>> rows, ReportProgress progress, int from, int to) {
    return new FillProgress(rows, progress, from, to);
  }

  @Override
  public Map<String, ?> get(int index) {
    if (index % every == 0) {
      progress.at(
          from + (int) ((long) (to - from) * index / rows.size()),
          "Filling: row " + index + " of " + rows.size());
    }
    return rows.get(index);
  }

  @Override
  public int size() {
    return rows.size();
  }
}
