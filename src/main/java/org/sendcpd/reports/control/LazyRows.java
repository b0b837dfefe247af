package org.sendcpd.reports.control;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;

/**
 * Report rows made from the analysis' cells only when the filler reads them: a large school's
 * report has hundreds of thousands of rows, each with its courses and sessions in words, and
 * holding them all at once would take more memory than the report itself.
 */
final class LazyRows {

  private LazyRows() {}

  static <T, R> List<R> of(List<T> cells, Function<T, R> row) {
    return new AbstractList<>() {
      @Override
      public R get(int index) {
        return row.apply(cells.get(index));
      }

      @Override
      public int size() {
        return cells.size();
      }
    };
  }
}
