package org.sendcpd.training.boundary;

import java.util.List;
import org.sendcpd.training.control.BookingResult;

/** The answer to a booking request: the bookings made and the warnings to read. */
public record BookingAnswer(List<BookingJson> bookings, List<String> warnings) {

  static BookingAnswer of(BookingResult result) {
    return new BookingAnswer(
        result.bookings().stream().map(BookingJson::of).toList(), result.warnings());
  }
}
