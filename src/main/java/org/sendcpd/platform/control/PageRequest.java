package org.sendcpd.platform.control;

import java.util.List;
import java.util.Map;

/**
 * Which page of a large list a request asks for. Pages count from 0 and hold {@code size} items
 * (persons for the gap matrix); without {@code page} and {@code size} a request gets the first page
 * of {@value #DEFAULT_SIZE}, so no single answer grows with the school. A size outside 1 to {@value
 * #MAX_SIZE}, a negative page or one that is not a whole number is bad input naming its parameter.
 * A page past the end is empty, not an error: the total says where the end is.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  public static final PageRequest FIRST = new PageRequest(0, DEFAULT_SIZE);

  public PageRequest {
    if (page < 0) {
      throw invalid("page", "page counts from 0; " + page + " is before the first page");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw invalid("size", "size must be between 1 and " + MAX_SIZE + ", not " + size);
    }
  }

  /** The request's page and size parameters as given (null when absent). */
  public static PageRequest of(String page, String size) {
    return new PageRequest(whole("page", page, 0), whole("size", size, DEFAULT_SIZE));
  }

  /** The index of the page's first item; past the end of any list for absurd pages. */
  public long offset() {
    return (long) page * size;
  }

  /** The first item as a JPA first result, clamped so that a page past the end stays empty. */
  public int firstResult() {
    return (int) Math.min(offset(), Integer.MAX_VALUE);
  }

  /** The page's items of a list held in memory (a view, not a copy). */
  public <T> List<T> of(List<T> all) {
    int from = (int) Math.min(offset(), all.size());
    int to = (int) Math.min(offset() + size, all.size());
    return all.subList(from, to);
  }

  /** The last page that has items, or 0 for an empty list. */
  public int lastPage(long total) {
    return total == 0 ? 0 : (int) ((total - 1) / size);
  }

  private static int whole(String name, String value, int absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw invalid(name, name + " must be a whole number, not '" + value + "'");
    }
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(message, List.of(Map.of("field", field, "message", message)));
  }
}
