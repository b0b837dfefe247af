package org.sendcpd.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The hostile set: for a valid JSON body and the roles of its fields, every malformed, mistyped,
 * impossible or huge variant the API must refuse, each with the field the answer has to name.
 */
final class HostileCases {

  static final String JSON = "application/json";
  static final String MEGABYTE = "x".repeat(1024 * 1024);

  /** One request body the API must refuse; {@code field} must be named when not null. */
  record Hostile(String name, String contentType, byte[] body, String field, String mentions) {

    static Hostile json(String name, String body, String field) {
      return new Hostile(name, JSON, utf8(body), field, null);
    }
  }

  /** What the fields of a body are, by path ({@code outcomes[0].level}); the first of each kind. */
  static final class Fields {
    final List<String> ids = new ArrayList<>();
    final List<String> decimals = new ArrayList<>();
    final List<String> wholes = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final List<String> booleans = new ArrayList<>();
    final List<String> dates = new ArrayList<>();
    final List<String> dateTimes = new ArrayList<>();
    final Map<String, String> enums = new LinkedHashMap<>();
    final Map<String, Integer> columns = new LinkedHashMap<>();

    Fields id(String... paths) {
      ids.addAll(List.of(paths));
      return this;
    }

    Fields decimal(String... paths) {
      decimals.addAll(List.of(paths));
      return this;
    }

    Fields whole(String... paths) {
      wholes.addAll(List.of(paths));
      return this;
    }

    Fields text(String... paths) {
      texts.addAll(List.of(paths));
      return this;
    }

    Fields flag(String... paths) {
      booleans.addAll(List.of(paths));
      return this;
    }

    Fields date(String... paths) {
      dates.addAll(List.of(paths));
      return this;
    }

    Fields dateTime(String... paths) {
      dateTimes.addAll(List.of(paths));
      return this;
    }

    /** An enum field and one name it takes, which the refusal must list. */
    Fields oneOf(String path, String aValidName) {
      enums.put(path, aValidName);
      return this;
    }

    /** A text field whose column holds this many characters: one more is refused. */
    Fields column(String path, int size) {
      columns.put(path, size);
      return this;
    }
  }

  private HostileCases() {}

  static List<Hostile> json(JsonStructure valid, Fields fields) {
    List<Hostile> cases = new ArrayList<>();
    String text = valid.toString();
    cases.add(
        Hostile.json("malformed JSON (cut short)", text.substring(0, text.length() - 3), null));
    cases.add(Hostile.json("malformed JSON (a form)", "name=value&x=1", null));
    cases.add(Hostile.json("malformed JSON (single quotes)", text.replace('"', '\''), null));
    cases.add(Hostile.json("empty body", "", null));
    cases.add(Hostile.json("null body", "null", null));
    if (valid instanceof JsonObject) {
      cases.add(Hostile.json("an array where an object belongs", "[" + text + "]", null));
      cases.add(
          Hostile.json("a string where an object belongs", "\"" + text.length() + "\"", null));
    } else {
      cases.add(
          Hostile.json("an object where an array belongs", "{\"lines\": " + text + "}", null));
    }
    for (String id : fields.ids) {
      cases.add(edit(valid, id, "a string for an id", Json.createValue("abc")));
      cases.add(edit(valid, id, "a non-integer id", Json.createValue(new BigDecimal("14.7"))));
      cases.add(edit(valid, id, "an id beyond long", number("99999999999999999999")));
      cases.add(edit(valid, id, "an id of 1e308", number("1e308")));
    }
    for (String decimal : fields.decimals) {
      cases.add(edit(valid, decimal, "a string for a number", Json.createValue("two")));
      cases.add(edit(valid, decimal, "a number of 1e308", number("1e308")));
      cases.add(edit(valid, decimal, "a number of 20 digits", number("99999999999999999999")));
    }
    for (String whole : fields.wholes) {
      cases.add(edit(valid, whole, "a fraction for a count", number("2.5")));
      cases.add(edit(valid, whole, "a string for a count", Json.createValue("3")));
      cases.add(edit(valid, whole, "a count of 20 digits", number("99999999999999999999")));
    }
    for (String field : fields.texts) {
      cases.add(edit(valid, field, "a number for text", Json.createValue(42)));
      cases.add(edit(valid, field, "a 1 MB string", Json.createValue(MEGABYTE)));
    }
    fields.columns.forEach(
        (field, size) ->
            cases.add(
                edit(
                    valid,
                    field,
                    "text one longer than its column",
                    Json.createValue("y".repeat(size + 1)))));
    for (String flag : fields.booleans) {
      cases.add(edit(valid, flag, "a string for true or false", Json.createValue("yes")));
    }
    for (String date : fields.dates) {
      cases.add(edit(valid, date, "an impossible date", Json.createValue("2026-02-30")));
      cases.add(edit(valid, date, "a dd/MM/yyyy date", Json.createValue("22/11/2026")));
      cases.add(edit(valid, date, "a number for a date", Json.createValue(20261122)));
    }
    for (String moment : fields.dateTimes) {
      cases.add(edit(valid, moment, "an impossible date", Json.createValue("2026-02-30T09:00")));
      cases.add(edit(valid, moment, "a dd/MM/yyyy date", Json.createValue("22/11/2026 09:00")));
    }
    fields.enums.forEach(
        (field, name) -> {
          Hostile unknown =
              edit(valid, field, "an unknown enum name", Json.createValue("NO_SUCH_VALUE"));
          cases.add(new Hostile(unknown.name(), JSON, unknown.body(), field, name));
          cases.add(edit(valid, field, "a number for an enum name", Json.createValue(3)));
        });
    return cases;
  }

  /** The staff CSV's hostile files: not text, not CSV, and CSV with impossible values. */
  static List<Hostile> staffCsv() {
    String header =
        "first_name,last_name,email,job_role,team,fte,start_date,leaving_date,line_manager_email\n";
    String row = "Ann,Lee,%s,TA,,%s,%s,,\n";
    List<Hostile> cases = new ArrayList<>(notCsv("1"));
    cases.add(
        csv("a 1 MB name", header + "A" + MEGABYTE + ",Lee,a@b.example,TA,,1,,,\n", "first_name"));
    cases.add(
        csv(
            "an impossible date",
            header + row.formatted("a@b.example", "1", "30/02/2026"),
            "start_date"));
    cases.add(
        csv("an unknown job role", header + "Ann,Lee,a@b.example,WIZARD,,1,,,\n", "job_role"));
    cases.add(csv("an FTE of 1e308", header + row.formatted("a@b.example", "1e308", ""), "fte"));
    cases.add(
        csv("an FTE of three decimals", header + row.formatted("a@b.example", "0.333", ""), "fte"));
    cases.add(csv("a number as an email", header + row.formatted("42", "1", ""), "email"));
    return cases;
  }

  /** The competences CSV's hostile files. */
  static List<Hostile> competencesCsv() {
    String header = "area_code,area_name,competence_code,statement\n";
    List<Hostile> cases = new ArrayList<>(notCsv("competences"));
    cases.add(csv("a 1 MB statement", header + "ZZ,Zed,ZZ-01," + MEGABYTE + "\n", "competences"));
    cases.add(csv("a 1 MB code", header + "ZZ,Zed,Z" + MEGABYTE + ",Does it\n", "competences"));
    return cases;
  }

  /** Files that are no CSV at all: their answers must name the file or line. */
  static List<Hostile> notCsv(String mentions) {
    byte[] random = new byte[8192];
    new Random(42).nextBytes(random);
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
    return List.of(
        new Hostile("random bytes", "text/csv", random, null, mentions),
        new Hostile("a PNG image", "text/csv", png, null, mentions),
        new Hostile("an XLSX workbook", "text/csv", xlsx, null, mentions),
        new Hostile("NUL bytes", "text/csv", new byte[64], null, mentions),
        csv("JSON instead of CSV", "{\"name\": \"x\", \"levels\": [1]}", mentions),
        csv("an empty file", "", null));
  }

  private static Hostile csv(String name, String body, String mentions) {
    return new Hostile(name, "text/csv", utf8(body), null, mentions);
  }

  static Hostile edit(JsonStructure valid, String path, String what, JsonValue value) {
    return Hostile.json(what + " at " + path, with(valid, path, value).toString(), path);
  }

  static JsonNumber number(String digits) {
    return Json.createValue(new BigDecimal(digits));
  }

  /** The value with the field at a path ({@code a.b[0].c}, {@code [1].d}) replaced. */
  static JsonValue with(JsonValue root, String path, JsonValue value) {
    if (path.isEmpty()) {
      return value;
    }
    if (path.startsWith("[")) {
      int end = path.indexOf(']');
      int index = Integer.parseInt(path.substring(1, end));
      String rest = path.substring(end + 1).replaceFirst("^\\.", "");
      JsonArray array = root.asJsonArray();
      return Json.createArrayBuilder(array).set(index, with(array.get(index), rest, value)).build();
    }
    int cut = firstOf(path, '.', '[');
    String key = cut < 0 ? path : path.substring(0, cut);
    String rest = cut < 0 ? "" : path.substring(path.charAt(cut) == '.' ? cut + 1 : cut);
    JsonObject object = root.asJsonObject();
    JsonValue inner = object.getOrDefault(key, JsonValue.NULL);
    return Json.createObjectBuilder(object).add(key, with(inner, rest, value)).build();
  }

  private static int firstOf(String path, char a, char b) {
    int i = path.indexOf(a);
    int j = path.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  static JsonStructure parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.read();
    }
  }

  /** Every text in an answer, to look for a field's or a value's name in it. */
  static String texts(JsonValue value) {
    StringBuilder all = new StringBuilder();
    collect(value, all);
    return all.toString();
  }

  private static void collect(JsonValue value, StringBuilder all) {
    switch (value.getValueType()) {
      case OBJECT -> value.asJsonObject().values().forEach(v -> collect(v, all));
      case ARRAY -> value.asJsonArray().forEach(v -> collect(v, all));
      case STRING -> all.append(((JsonString) value).getString()).append('\n');
      default -> all.append(value).append('\n');
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
