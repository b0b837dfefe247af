package org.sendcpd.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * Reads the JSON bodies of the API into their records: parses, checks every value against the
 * record's types ({@link JsonShape}), then lets JSON-B bind what is known to fit. A body that does
 * not fit is refused with 400 naming each field, before any resource method runs.
 *
 * <p>Two providers, for records and for lists of records: Jersey picks the reader with the closest
 * declared type first, so these win over JSON-B's reader of Object every time. Declared for Object,
 * either could be chosen.
 */
public final class JsonBodyReader {

  /** No request of the API comes near this; larger bodies are refused unread. */
  static final int LARGEST_BODY = 4 * 1024 * 1024;

  private static final Jsonb JSONB = JsonbBuilder.create();

  private JsonBodyReader() {}

  @Provider
  @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
  public static class Records implements MessageBodyReader<Record> {
    @Override
    public boolean isReadable(
        Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return type.isRecord();
    }

    @Override
    public Record readFrom(
        Class<Record> type,
        Type genericType,
        Annotation[] annotations,
        MediaType mediaType,
        MultivaluedMap<String, String> httpHeaders,
        InputStream entityStream)
        throws IOException {
      return (Record) read(genericType, entityStream);
    }
  }

  @Provider
  @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
  public static class Lists implements MessageBodyReader<List<?>> {
    @Override
    public boolean isReadable(
        Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return List.class.isAssignableFrom(type)
          && JsonShape.raw(JsonShape.elementType(genericType)).isRecord();
    }

    @Override
    public List<?> readFrom(
        Class<List<?>> type,
        Type genericType,
        Annotation[] annotations,
        MediaType mediaType,
        MultivaluedMap<String, String> httpHeaders,
        InputStream entityStream)
        throws IOException {
      return (List<?>) read(genericType, entityStream);
    }
  }

  static Object read(Type genericType, InputStream entityStream) throws IOException {
    byte[] bytes = entityStream.readNBytes(LARGEST_BODY + 1);
    if (bytes.length > LARGEST_BODY) {
      throw new InvalidInputException(
          "The body is larger than " + LARGEST_BODY / 1024 / 1024 + " MB; nothing was saved");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null; // each resource says what it expected
    }
    JsonValue value = parse(text);
    List<Map<String, String>> problems = JsonShape.problems(value, genericType);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Some fields are not valid; nothing was saved", problems);
    }
    try {
      return JSONB.fromJson(new ByteArrayInputStream(bytes), genericType);
    } catch (JsonbException e) {
      throw new InvalidInputException(
          "The body does not fit this request; nothing was saved",
          List.of(
              Map.of("field", JsonShape.BODY, "message", "a value has the wrong type or form")));
    }
  }

  private static JsonValue parse(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null
              ? ""
              : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
      throw new InvalidInputException(
          "The body is not valid JSON" + where + "; nothing was saved",
          List.of(Map.of("field", JsonShape.BODY, "message", "not valid JSON" + where)));
    } catch (jakarta.json.JsonException e) {
      throw new InvalidInputException(
          "The body is not valid JSON; nothing was saved",
          List.of(Map.of("field", JsonShape.BODY, "message", "not valid JSON")));
    }
  }
}
