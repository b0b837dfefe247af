package org.sendcpd.platform.control;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a large list and the size of the whole list, so a client knows how many pages there
 * are. The API answers the items as a JSON array and the total in the X-Total-Count header.
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

  /** The header that carries the total. */
  public static final String TOTAL_HEADER = "X-Total-Count";

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
  }
}
