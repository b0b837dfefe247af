package org.sendcpd.benchmark;

/** Where generated rows go: a database in the benchmark, a list in the tests. */
interface RowSink {

  /** One row; values in the order of {@link Table#columns}. */
  void row(Table table, Object... values);
}
