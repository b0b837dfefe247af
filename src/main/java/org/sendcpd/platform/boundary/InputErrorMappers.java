package org.sendcpd.platform.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonGenerationException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bad input that reached the server as a parsing failure rather than as our own {@code
 * InvalidInputException}: a body JSON-B could not read, a date not in the calendar, an enum name
 * that does not exist. These are the client's mistakes, answered 400 and logged at FINE, never a
 * 500 with a stack trace. {@link JsonBodyReader} catches almost all of them earlier, by field.
 */
public final class InputErrorMappers {

  static final String NOTHING_SAVED = "; nothing was saved";
  private static final Pattern NO_ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");

  private InputErrorMappers() {}

  /** The 400 answer for a failure the client caused, if this is one. */
  static Optional<Response> clientError(Throwable e) {
    return reason(e)
        .map(
            message ->
                ErrorMappers.json(
                    400,
                    new ErrorResponse(
                        "The input could not be read" + NOTHING_SAVED,
                        List.of(Map.of("field", JsonShape.BODY, "message", message)))));
  }

  /** What the client got wrong, in words, when some cause of this is a parsing failure. */
  static Optional<String> reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Optional<String> message = explain(t);
      if (message.isPresent()) {
        return message;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> explain(Throwable t) {
    if (t instanceof JsonParsingException) {
      return Optional.of("not valid JSON");
    }
    if (t instanceof DateTimeParseException date) {
      return Optional.of(
          "'"
              + shorten(date.getParsedString())
              + "' is not a date written yyyy-MM-dd (ISO-8601) or not a day of the calendar");
    }
    if (t instanceof IllegalArgumentException && t.getMessage() != null) {
      Matcher m = NO_ENUM.matcher(t.getMessage());
      if (m.find()) {
        return Optional.of("'" + shorten(m.group(2)) + "' is not one of " + names(m.group(1)));
      }
    }
    return Optional.empty();
  }

  private static String names(String enumClass) {
    try {
      Class<?> type =
          Class.forName(enumClass, false, Thread.currentThread().getContextClassLoader());
      return String.join(
          ", ", Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    } catch (ClassNotFoundException | RuntimeException e) {
      return "the names this field takes";
    }
  }

  private static String shorten(String text) {
    return text == null || text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /**
   * Jersey wraps what a body reader throws in a ProcessingException; JSON-B's own reader throws
   * JsonbException there. Writing an answer never takes this path, so a JSON failure inside is the
   * request's.
   */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Inject Logger log;

    @Override
    public Response toResponse(ProcessingException e) {
      Optional<Response> answer = clientError(e);
      if (answer.isEmpty() && isJsonReading(e)) {
        answer =
            Optional.of(
                ErrorMappers.json(
                    400,
                    new ErrorResponse(
                        "The body does not fit this request" + NOTHING_SAVED,
                        List.of(
                            Map.of(
                                "field",
                                JsonShape.BODY,
                                "message",
                                "a value has the wrong type or form")))));
      }
      if (answer.isPresent()) {
        log.log(Level.FINE, "Refused an unreadable request body", e);
        return answer.get();
      }
      return new ErrorMappers.Unexpected().withLog(log).toResponse(e);
    }

    private static boolean isJsonReading(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof JsonGenerationException) {
          return false;
        }
        if (t instanceof JsonbException || t instanceof JsonException) {
          return true;
        }
      }
      return false;
    }
  }

  /** A JSON text that a control parsed itself and that turned out not to be JSON. */
  @Provider
  public static class NotJson implements ExceptionMapper<JsonParsingException> {
    @Inject Logger log;

    @Override
    public Response toResponse(JsonParsingException e) {
      log.log(Level.FINE, "Refused a request that is not valid JSON", e);
      return clientError(e).orElseThrow();
    }
  }
}
