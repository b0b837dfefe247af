package org.sendcpd.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendcpd.training.entity.SessionStatus;

class InputErrorMappersTest {

  @Test
  void aDateOrEnumNameThatCannotBeReadIsTheClientsMistakeInWords() {
    DateTimeParseException date = parse("2026-02-30");
    assertEquals(
        Optional.of(
            "'2026-02-30' is not a date written yyyy-MM-dd (ISO-8601) or not a day of the calendar"),
        InputErrorMappers.reason(new ProcessingException("reading", date)));
    IllegalArgumentException name = unknownStatus();
    assertEquals(
        Optional.of("'LATER' is not one of PLANNED, CONFIRMED, DELIVERED, CANCELLED"),
        InputErrorMappers.reason(new RuntimeException(name)));
    assertEquals(
        Optional.of("not valid JSON"),
        InputErrorMappers.reason(new JsonParsingException("bad", null)));
  }

  @Test
  void anyOtherFailureStaysTheServersOwn() {
    assertTrue(
        InputErrorMappers.reason(new ProcessingException(new IOException("disk"))).isEmpty());
    assertTrue(InputErrorMappers.reason(new IllegalArgumentException("a bug")).isEmpty());
    assertTrue(InputErrorMappers.reason(new NullPointerException()).isEmpty());
  }

  private static DateTimeParseException parse(String text) {
    try {
      LocalDate.parse(text);
      throw new AssertionError(text + " parsed");
    } catch (DateTimeParseException e) {
      return e;
    }
  }

  private static IllegalArgumentException unknownStatus() {
    try {
      SessionStatus.valueOf("LATER");
      throw new AssertionError("LATER is a status");
    } catch (IllegalArgumentException e) {
      return e;
    }
  }
}
