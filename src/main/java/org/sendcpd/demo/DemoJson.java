package org.sendcpd.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the demo files shipped under {@code /demo} on the class path. */
final class DemoJson {

  private DemoJson() {}

  static Reader reader(String name) {
    InputStream in = DemoJson.class.getResourceAsStream("/demo/" + name);
    if (in == null) {
      throw new IllegalStateException("The demo file /demo/" + name + " is missing");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  static JsonObject object(String name) {
    try (JsonReader json = Json.createReader(reader(name))) {
      return json.readObject();
    }
  }

  static JsonArray array(String name) {
    try (JsonReader json = Json.createReader(reader(name))) {
      return json.readArray();
    }
  }

  static List<JsonObject> objects(JsonObject parent, String key) {
    return isAbsent(parent, key)
        ? List.of()
        : parent.getJsonArray(key).getValuesAs(JsonObject.class);
  }

  static String text(JsonObject object, String key) {
    return isAbsent(object, key) ? null : object.getString(key);
  }

  static Integer integer(JsonObject object, String key) {
    return isAbsent(object, key) ? null : object.getInt(key);
  }

  static BigDecimal decimal(JsonObject object, String key) {
    return isAbsent(object, key) ? null : object.getJsonNumber(key).bigDecimalValue();
  }

  private static boolean isAbsent(JsonObject object, String key) {
    return !object.containsKey(key) || object.get(key).getValueType() == JsonValue.ValueType.NULL;
  }
}
