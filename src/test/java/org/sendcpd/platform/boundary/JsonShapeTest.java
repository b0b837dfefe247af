package org.sendcpd.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

  enum Colour {
    RED,
    GREEN
  }

  record Line(Long staffId, Boolean attended) {}

  record Form(
      Long id,
      Integer level,
      String name,
      BigDecimal hours,
      LocalDate on,
      LocalDateTime at,
      Colour colour,
      Set<Colour> colours,
      List<Line> lines,
      boolean flag) {}

  static final Type LINES = Form.class.getRecordComponents()[8].getGenericType();

  static JsonValue json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
      return reader.readValue();
    }
  }

  static List<Map<String, String>> problems(String body, Type type) {
    return JsonShape.problems(json(body), type);
  }

  static String only(String body, Type type) {
    List<Map<String, String>> problems = problems(body, type);
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0).get("field") + ": " + problems.get(0).get("message");
  }

  @Test
  void aBodyThatFitsHasNoProblemsAndUnknownFieldsAreLeftAlone() {
    String body =
        "{'id': 14, 'level': 2, 'name': 'Ada', 'hours': 1.5, 'on': '2026-11-22',"
            + " 'at': '2026-11-22T15:30', 'colour': 'RED', 'colours': ['GREEN'],"
            + " 'lines': [{'staffId': 1, 'attended': true}], 'flag': false, 'extra': [1]}";
    assertEquals(List.of(), problems(body, Form.class));
    assertEquals(List.of(), problems("{'id': null, 'id2': 1e2}", Form.class));
    assertEquals(List.of(), problems("{'id': 14.0}", Form.class), "14.0 is a whole number");
  }

  @Test
  void aWholeNumberIsNeverTruncatedAndStaysInRange() {
    assertEquals("id: must be a whole number, not 14.7", only("{'id': 14.7}", Form.class));
    assertEquals("id: is too large", only("{'id': 99999999999999999999}", Form.class));
    assertEquals("id: is too large", only("{'id': 1e308}", Form.class));
    assertTrue(only("{'level': 3000000000}", Form.class).startsWith("level: is too large"));
    assertEquals("id: must be a whole number, not 'abc'", only("{'id': 'abc'}", Form.class));
    assertEquals("hours: is too large", only("{'hours': 1e308}", Form.class));
    assertEquals("hours: must be a number, not '2'", only("{'hours': '2'}", Form.class));
  }

  @Test
  void textIsTextAndNotEndless() {
    assertEquals("name: must be text in quotes, not 42", only("{'name': 42}", Form.class));
    String huge = "x".repeat(JsonShape.LONGEST_TEXT + 1);
    assertTrue(only("{'name': '" + huge + "'}", Form.class).startsWith("name: is too long"));
  }

  @Test
  void datesAreIsoAndInTheCalendar() {
    assertEquals(
        "on: 2026-02-30 is not a day of the calendar", only("{'on': '2026-02-30'}", Form.class));
    assertTrue(only("{'on': '22/11/2026'}", Form.class).contains("yyyy-MM-dd"));
    assertTrue(only("{'at': '2026-02-30T09:00'}", Form.class).contains("not a moment"));
    assertTrue(only("{'at': '22/11/2026 09:00'}", Form.class).contains("yyyy-MM-ddTHH:mm"));
  }

  @Test
  void anEnumNameListsTheNamesItTakes() {
    assertEquals("colour: 'BLUE' is not one of RED, GREEN", only("{'colour': 'BLUE'}", Form.class));
    assertEquals(
        "colours[1]: 'red' is not one of RED, GREEN",
        only("{'colours': ['RED', 'red']}", Form.class));
  }

  @Test
  void objectsAndArraysAreWhereTheyBelong() {
    assertEquals(
        "(body): must be a JSON object {...}, not an array", only("[{'id': 1}]", Form.class));
    assertEquals("(body): must be a JSON array [...], not an object", only("{}", LINES));
    assertEquals(
        "lines: must be a JSON array [...], not an object", only("{'lines': {}}", Form.class));
    assertEquals(
        "[1].staffId: must be a whole number, not 14.7",
        only("[{'staffId': 1}, {'staffId': 14.7}]", LINES));
    assertEquals("flag: must not be null", only("{'flag': null}", Form.class));
    assertEquals("flag: must be true or false", only("{'flag': 'yes'}", Form.class));
  }
}
