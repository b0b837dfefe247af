package org.sendcpd.platform.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON body against the record it is bound to before JSON-B sees it, so every wrong value
 * is named by its path ({@code outcomes[1].level}) in words a person reads. JSON-B alone would
 * answer a stack trace for some mistakes and quietly accept others (14.7 taken as 14). Unknown
 * properties are left alone, as JSON-B leaves them, so clients may send back what they read.
 */
final class JsonShape {

  /** Far above the widest column (VARCHAR(4000)); entity constraints hold the exact limits. */
  static final int LONGEST_TEXT = 10_000;

  /** Digits before and after the point that a decimal may have before anyone looks at it. */
  static final int WHOLE_DIGITS = 15;

  static final int DECIMAL_PLACES = 10;

  static final String BODY = "(body)";

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

  private final List<Map<String, String>> problems = new ArrayList<>();

  private JsonShape() {}

  /** What is wrong with a value for a type, field by field; empty when it fits. */
  static List<Map<String, String>> problems(JsonValue value, Type type) {
    JsonShape shape = new JsonShape();
    shape.check("", value, type);
    return shape.problems;
  }

  private void check(String path, JsonValue value, Type type) {
    Class<?> raw = raw(type);
    if (value.getValueType() == ValueType.NULL) {
      if (raw.isPrimitive()) {
        add(path, "must not be null");
      }
      return;
    }
    if (raw == String.class) {
      text(path, value);
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (value.getValueType() != ValueType.TRUE && value.getValueType() != ValueType.FALSE) {
        add(path, "must be true or false");
      }
    } else if (isWhole(raw)) {
      whole(path, value, raw);
    } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
      decimal(path, value);
    } else if (raw.isEnum()) {
      enumName(path, value, raw);
    } else if (raw == LocalDate.class) {
      date(path, value);
    } else if (raw == LocalDateTime.class) {
      dateTime(path, value);
    } else if (raw == Instant.class) {
      instant(path, value);
    } else if (Collection.class.isAssignableFrom(raw)) {
      list(path, value, type);
    } else if (raw.isRecord()) {
      record(path, value, raw);
    }
  }

  private void record(String path, JsonValue value, Class<?> type) {
    if (value.getValueType() != ValueType.OBJECT) {
      add(path, "must be a JSON object {...}, not " + describe(value));
      return;
    }
    Map<String, JsonValue> fields = value.asJsonObject();
    for (RecordComponent component : type.getRecordComponents()) {
      JsonValue field = fields.get(component.getName());
      if (field != null) {
        check(join(path, component.getName()), field, component.getGenericType());
      }
    }
  }

  private void list(String path, JsonValue value, Type type) {
    if (value.getValueType() != ValueType.ARRAY) {
      add(path, "must be a JSON array [...], not " + describe(value));
      return;
    }
    Type element = elementType(type);
    List<JsonValue> items = value.asJsonArray();
    for (int i = 0; i < items.size(); i++) {
      check(path + "[" + i + "]", items.get(i), element);
    }
  }

  private void text(String path, JsonValue value) {
    if (!(value instanceof JsonString text)) {
      add(path, "must be text in quotes, not " + describe(value));
    } else if (text.getString().length() > LONGEST_TEXT) {
      add(path, "is too long (" + text.getString().length() + " characters)");
    }
  }

  private void whole(String path, JsonValue value, Class<?> type) {
    if (!(value instanceof JsonNumber number)) {
      add(path, "must be a whole number, not " + describe(value));
      return;
    }
    BigDecimal exact = number.bigDecimalValue();
    if (tooBig(exact)) {
      add(path, "is too large");
    } else if (exact.stripTrailingZeros().scale() > 0) {
      add(path, "must be a whole number, not " + exact.toPlainString());
    } else {
      BigInteger n = exact.toBigIntegerExact();
      boolean isLong = type == Long.class || type == long.class;
      BigInteger max = BigInteger.valueOf(isLong ? Long.MAX_VALUE : Integer.MAX_VALUE);
      BigInteger min = BigInteger.valueOf(isLong ? Long.MIN_VALUE : Integer.MIN_VALUE);
      if (n.compareTo(max) > 0 || n.compareTo(min) < 0) {
        add(path, "is too large: at most " + max);
      }
    }
  }

  private void decimal(String path, JsonValue value) {
    if (!(value instanceof JsonNumber number)) {
      add(path, "must be a number, not " + describe(value));
    } else if (tooBig(number.bigDecimalValue())) {
      add(path, "is too large");
    } else if (number.bigDecimalValue().stripTrailingZeros().scale() > DECIMAL_PLACES) {
      add(path, "has too many decimal places");
    }
  }

  // An exponent such as 1e999999999 costs nothing to parse but a lot to print or scale.
  private static boolean tooBig(BigDecimal n) {
    return n.precision() - n.scale() > WHOLE_DIGITS;
  }

  private void enumName(String path, JsonValue value, Class<?> type) {
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
      add(path, shown(value) + " is not one of " + String.join(", ", names));
    }
  }

  private void date(String path, JsonValue value) {
    String text = value instanceof JsonString s ? s.getString() : null;
    try {
      if (text == null) {
        throw new DateTimeException("not text");
      }
      LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeException e) {
      add(
          path,
          text != null && ISO_DATE.matcher(text).matches()
              ? text + " is not a day of the calendar"
              : "must be a date written yyyy-MM-dd (ISO-8601), such as 2026-11-22, not "
                  + shown(value));
    }
  }

  private void dateTime(String path, JsonValue value) {
    String text = value instanceof JsonString s ? s.getString() : null;
    try {
      if (text == null) {
        throw new DateTimeException("not text");
      }
      LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeException e) {
      add(
          path,
          text != null && ISO_DATE_TIME.matcher(text).matches()
              ? text + " is not a moment of the calendar"
              : "must be a date and time written yyyy-MM-ddTHH:mm (ISO-8601), such as"
                  + " 2026-11-22T15:30, not "
                  + shown(value));
    }
  }

  private void instant(String path, JsonValue value) {
    try {
      if (!(value instanceof JsonString text)) {
        throw new DateTimeException("not text");
      }
      Instant.parse(text.getString());
    } catch (DateTimeException e) {
      add(path, "must be a UTC time such as 2026-11-22T15:30:00Z, not " + shown(value));
    }
  }

  private void add(String path, String message) {
    Map<String, String> problem = new LinkedHashMap<>();
    problem.put("field", path.isEmpty() ? BODY : path);
    problem.put("message", message);
    problems.add(problem);
  }

  /** A value as the message quotes it, cut short so a huge value does not fill the answer. */
  private static String shown(JsonValue value) {
    String text = value instanceof JsonString s ? "'" + s.getString() + "'" : value.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private static String describe(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING, NUMBER, TRUE, FALSE -> shown(value);
      case NULL -> "null";
    };
  }

  private static boolean isWhole(Class<?> type) {
    return type == Long.class || type == long.class || type == Integer.class || type == int.class;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  static Type elementType(Type collection) {
    if (collection instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      return p.getActualTypeArguments()[0];
    }
    return Object.class;
  }
}
