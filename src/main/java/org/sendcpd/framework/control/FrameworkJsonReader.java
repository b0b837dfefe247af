package org.sendcpd.framework.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sendcpd.framework.control.FrameworkDocument.AreaDoc;
import org.sendcpd.framework.control.FrameworkDocument.CompetenceDoc;
import org.sendcpd.framework.control.FrameworkDocument.LevelDoc;
import org.sendcpd.framework.control.FrameworkDocument.RequirementDoc;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * Reads a skills framework in the JSON exchange format. Every problem is named by its field path
 * ({@code areas[1].competences[0].code}); a document with any problem is refused whole.
 */
public class FrameworkJsonReader {

  private final List<String> problems = new ArrayList<>();

  public FrameworkDocument read(Reader input) {
    JsonValue value;
    try (JsonReader reader = Json.createReader(input)) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidInputException(
          "The framework is not valid JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
    } catch (JsonException e) {
      throw new InvalidInputException("The framework is not valid JSON");
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidInputException("The framework must be a JSON object {...}");
    }
    JsonObject root = value.asJsonObject();
    FrameworkDocument document =
        new FrameworkDocument(
            text(root, "name", "name", true),
            text(root, "version", "version", true),
            text(root, "source", "source", false),
            levels(array(root, "levels")),
            areas(array(root, "areas")),
            requirements(array(root, "requirements")));
    checkCodes(document);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The framework was not imported", problems);
    }
    return document;
  }

  private List<LevelDoc> levels(JsonArray array) {
    List<LevelDoc> levels = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "levels[" + i + "]";
      JsonObject level = object(array, i, path);
      if (level != null) {
        int rank = number(level, "rank", path + ".rank");
        if (rank != i + 1) {
          problems.add(path + ".rank: levels must be ranked 1, 2, 3, ... in order");
        }
        levels.add(new LevelDoc(rank, text(level, "name", path + ".name", true)));
      }
    }
    if (levels.isEmpty()) {
      problems.add("levels: a framework needs at least one level");
    }
    return levels;
  }

  private List<AreaDoc> areas(JsonArray array) {
    List<AreaDoc> areas = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "areas[" + i + "]";
      JsonObject area = object(array, i, path);
      if (area == null) {
        continue;
      }
      List<CompetenceDoc> competences = new ArrayList<>();
      JsonArray list = array(area, "competences", path + ".competences");
      for (int j = 0; j < list.size(); j++) {
        String cpath = path + ".competences[" + j + "]";
        JsonObject competence = object(list, j, cpath);
        if (competence != null) {
          competences.add(
              new CompetenceDoc(
                  text(competence, "code", cpath + ".code", true),
                  text(competence, "statement", cpath + ".statement", true)));
        }
      }
      areas.add(
          new AreaDoc(
              text(area, "code", path + ".code", true),
              text(area, "name", path + ".name", true),
              areaOfNeed(area, path + ".areaOfNeed"),
              competences));
    }
    if (areas.isEmpty()) {
      problems.add("areas: a framework needs at least one area");
    }
    return areas;
  }

  private List<RequirementDoc> requirements(JsonArray array) {
    List<RequirementDoc> requirements = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "requirements[" + i + "]";
      JsonObject requirement = object(array, i, path);
      if (requirement != null) {
        requirements.add(
            new RequirementDoc(
                jobRole(requirement, path + ".jobRole"),
                text(requirement, "competenceCode", path + ".competenceCode", true),
                number(requirement, "level", path + ".level")));
      }
    }
    return requirements;
  }

  /** Codes are unique within the document; requirements name its competences and levels. */
  private void checkCodes(FrameworkDocument document) {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < document.areas().size(); i++) {
      List<CompetenceDoc> competences = document.areas().get(i).competences();
      for (int j = 0; j < competences.size(); j++) {
        String code = competences.get(j).code();
        if (code != null && !codes.add(code)) {
          problems.add("areas[" + i + "].competences[" + j + "].code: " + code + " appears twice");
        }
      }
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < document.requirements().size(); i++) {
      RequirementDoc r = document.requirements().get(i);
      String path = "requirements[" + i + "]";
      if (r.competenceCode() != null && !codes.contains(r.competenceCode())) {
        problems.add(path + ".competenceCode: " + r.competenceCode() + " is not in this framework");
      }
      if (r.level() < 1 || r.level() > document.levels().size()) {
        problems.add(path + ".level: must be between 1 and " + document.levels().size());
      }
      if (r.jobRole() != null && !seen.add(r.jobRole() + "/" + r.competenceCode())) {
        problems.add(
            path + ": " + r.jobRole() + " already has a requirement for " + r.competenceCode());
      }
    }
  }

  private JsonArray array(JsonObject parent, String key) {
    return array(parent, key, key);
  }

  private JsonArray array(JsonObject parent, String key, String path) {
    JsonValue value = parent.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      problems.add(path + ": must be a list");
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    return value.asJsonArray();
  }

  private JsonObject object(JsonArray array, int index, String path) {
    JsonValue value = array.get(index);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add(path + ": must be an object");
      return null;
    }
    return value.asJsonObject();
  }

  /** The longest text each field may hold, as the tables define it. */
  private static final java.util.Map<String, Integer> MAX_LENGTH =
      java.util.Map.of(
          "name",
          200,
          "version",
          40,
          "source",
          300,
          "code",
          20,
          "statement",
          1000,
          "competenceCode",
          20);

  private String text(JsonObject parent, String key, String path, boolean required) {
    JsonValue value = parent.get(key);
    if (value instanceof JsonString string && !string.getString().isBlank()) {
      String text = string.getString().trim();
      int max = MAX_LENGTH.getOrDefault(key, Integer.MAX_VALUE);
      if (text.length() > max) {
        problems.add(path + ": is longer than " + max + " characters");
      }
      return text;
    }
    boolean given = value != null && value.getValueType() != JsonValue.ValueType.NULL;
    if (given && !(value instanceof JsonString)) {
      problems.add(path + ": must be text");
    } else if (required) {
      problems.add(path + ": is missing or empty");
    }
    return null;
  }

  private int number(JsonObject parent, String key, String path) {
    JsonValue value = parent.get(key);
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact(); // 99999999999999999999 must not wrap round to a rank
      } catch (ArithmeticException tooLarge) {
        problems.add(path + ": is too large");
        return 0;
      }
    }
    problems.add(path + ": must be a whole number");
    return 0;
  }

  private JobRole jobRole(JsonObject parent, String path) {
    String value = text(parent, "jobRole", path, true);
    if (value == null) {
      return null;
    }
    try {
      return JobRole.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(path + ": '" + shown(value) + "' is not one of " + names(JobRole.values()));
      return null;
    }
  }

  private AreaOfNeed areaOfNeed(JsonObject parent, String path) {
    String value = text(parent, "areaOfNeed", path, false);
    if (value == null) {
      return null;
    }
    try {
      return AreaOfNeed.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(path + ": '" + shown(value) + "' is not one of " + names(AreaOfNeed.values()));
      return null;
    }
  }

  private static String names(Enum<?>[] values) {
    return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
  }

  /** A value as a message quotes it: cut short, so a huge value does not fill the answer. */
  private static String shown(String value) {
    return value.length() > 60 ? value.substring(0, 57) + "..." : value;
  }
}
