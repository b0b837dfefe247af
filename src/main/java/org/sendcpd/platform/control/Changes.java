package org.sendcpd.platform.control;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed in a record, field by field, as the audit log shows it: {@code team: "Year 2" ->
 * "Year 3"; fte: 1.0 -> 0.8}. The one place that compares before and after; services hand it the
 * fields of a record before and after their change (a {@link Snapshot}) or single values.
 *
 * <p>Texts are quoted and shortened to {@value #MAX_VALUE} characters, so a long reflection does
 * not crowd out the other fields; numbers compare by value (1.00 equals 1.0); a collection compares
 * as a set, shown sorted; an empty value shows as {@code none}. Secrets never appear: {@link
 * #secret(String, boolean)} says only that one changed.
 */
public final class Changes {

  static final int MAX_VALUE = 80;
  static final String NONE = "none";

  private final List<String> parts = new ArrayList<>();

  public static Changes of() {
    return new Changes();
  }

  /** Every field of the two snapshots whose value differs, in the order the first names them. */
  public static Changes between(Snapshot before, Snapshot after) {
    Changes changes = new Changes();
    before.values.forEach((name, old) -> changes.field(name, old, after.values.get(name)));
    after.values.forEach(
        (name, now) -> {
          if (!before.values.containsKey(name)) {
            changes.field(name, null, now);
          }
        });
    return changes;
  }

  /** A new record: every field that holds a value, as a change from none. */
  public static Changes created(Snapshot after) {
    return between(Snapshot.empty(), after);
  }

  public Changes field(String name, Object before, Object after) {
    if (!same(before, after)) {
      parts.add(name + ": " + show(before) + " -> " + show(after));
    }
    return this;
  }

  /** A field whose value must never be written down (a password hash): only that it changed. */
  public Changes secret(String name, boolean changed) {
    if (changed) {
      parts.add(name + " changed");
    }
    return this;
  }

  /** A fact in words, when there are no two values to compare ("certificate 12 added"). */
  public Changes note(String text) {
    if (text != null && !text.isBlank()) {
      parts.add(text);
    }
    return this;
  }

  /** Adds the other's changes after these. */
  public Changes merge(Changes other) {
    parts.addAll(other.parts);
    return this;
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** The audit detail: the changes joined by "; ", or null when nothing changed. */
  public String text() {
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  @Override
  public String toString() {
    return parts.isEmpty() ? "no change" : text();
  }

  static boolean same(Object a, Object b) {
    Object x = normal(a);
    Object y = normal(b);
    if (x instanceof BigDecimal m && y instanceof BigDecimal n) {
      return m.compareTo(n) == 0;
    }
    return Objects.equals(x, y);
  }

  // Blank text and an empty collection mean "nothing", as null does; collections compare as sets.
  private static Object normal(Object value) {
    if (value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty() ? null : new TreeSet<>(c.stream().map(String::valueOf).toList());
    }
    return value;
  }

  static String show(Object value) {
    Object v = normal(value);
    if (v == null) {
      return NONE;
    }
    if (v instanceof String s) {
      String flat = s.strip().replaceAll("\\s+", " ").replace("\"", "'");
      return "\""
          + (flat.length() <= MAX_VALUE ? flat : flat.substring(0, MAX_VALUE - 1) + "…")
          + "\"";
    }
    if (v instanceof BigDecimal d) {
      BigDecimal plain = d.stripTrailingZeros();
      return (plain.scale() < 1 ? plain.setScale(1) : plain).toPlainString();
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof TemporalAccessor || v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof TreeSet<?> set) {
      return set.toString();
    }
    return show(v.toString());
  }

  /** The fields of one record at one moment, by name, in a stable order. */
  public static final class Snapshot {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static Snapshot empty() {
      return new Snapshot();
    }

    public Snapshot with(String name, Object value) {
      values.put(name, value);
      return this;
    }
  }
}
