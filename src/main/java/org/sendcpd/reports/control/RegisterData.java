package org.sendcpd.reports.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * A session's sign-in sheet: what, when, where and who runs it; one line per person holding a place
 * (name, job role, a box to sign, and whether they came once the register is taken); blank lines
 * for people who turn up without a booking; and the outcomes the course evidences, so those signing
 * know what the session counts towards.
 */
public final class RegisterData {

  /** Blank lines for walk-ins: the free places, at least three and at most ten. */
  static final int MIN_BLANK = 3;

  static final int MAX_BLANK = 10;

  private RegisterData() {}

  public static ReportData of(
      ReportHeader header,
      TrainingSession session,
      List<Booking> bookings,
      Map<String, String> levelNames) {
    List<Booking> places = bookings.stream().filter(b -> b.getStatus().holdsPlace()).toList();
    boolean taken = session.getStatus() == SessionStatus.DELIVERED;
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Booking b : places) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", rows.size() + 1);
      row.put("name", b.getStaffMember().getFullName());
      row.put("role", Labels.role(b.getStaffMember().getJobRole().name()));
      row.put("mark", taken ? mark(b.getStatus()) : "");
      rows.add(row);
    }
    int blank = Math.max(MIN_BLANK, Math.min(MAX_BLANK, session.getCapacity() - places.size()));
    for (int i = 0; i < blank; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", rows.size() + 1);
      row.put("name", "");
      row.put("role", "");
      row.put("mark", "");
      rows.add(row);
    }
    Map<String, Object> parameters = header.parameters("Sign-in sheet");
    parameters.put("COURSE", session.getCourse().getTitle());
    parameters.put(
        "WHEN",
        SessionFacts.LONG_DAY.format(session.getStartsAt()) + " · " + SessionFacts.times(session));
    parameters.put("PLACE", session.getPlace() == null ? "" : session.getPlace());
    parameters.put("FACILITATOR", SessionFacts.facilitator(session));
    parameters.put("DELIVERY", SessionFacts.delivery(session.getCourse().getDelivery()));
    parameters.put("STATUS", Labels.words(session.getStatus().name()));
    parameters.put("BOOKED", places.size());
    parameters.put("CAPACITY", session.getCapacity());
    parameters.put(
        "REGISTER",
        taken
            ? "Register taken: "
                + count(places, BookingStatus.ATTENDED)
                + " present, "
                + count(places, BookingStatus.ABSENT)
                + " absent."
            : "Register not yet taken.");
    parameters.put(
        "OUTCOMES", SessionFacts.outcomeLines(SessionFacts.outcomes(session, levelNames)));
    List<List<?>> lines = new ArrayList<>();
    rows.forEach(
        r -> lines.add(List.of(r.get("number"), r.get("name"), r.get("role"), r.get("mark"), "")));
    SheetTable sheet =
        new SheetTable(
            "Sign-in sheet",
            List.of(
                SheetColumn.of("No.", CellKind.WHOLE),
                SheetColumn.text("Name"),
                SheetColumn.text("Job role"),
                SheetColumn.text("Attendance"),
                SheetColumn.text("Signature")),
            lines);
    SheetBook book =
        new SheetBook(
                "Sign-in sheet",
                header,
                List.of(
                    sheet, SessionFacts.outcomeSheet(SessionFacts.outcomes(session, levelNames))))
            .with("Course", session.getCourse().getTitle())
            .with("Starts", session.getStartsAt())
            .with("Ends", session.getEndsAt())
            .with("Place", parameters.get("PLACE"))
            .with("Facilitator", parameters.get("FACILITATOR"))
            .with("Delivery", parameters.get("DELIVERY"))
            .with("Status", parameters.get("STATUS"))
            .with("Booked", places.size())
            .with("Places", session.getCapacity())
            .with("Register", parameters.get("REGISTER"));
    return new ReportData("register", parameters, rows, book);
  }

  private static String mark(BookingStatus status) {
    return switch (status) {
      case ATTENDED -> "Present";
      case ABSENT -> "Absent";
      default -> "";
    };
  }

  private static long count(List<Booking> places, BookingStatus status) {
    return places.stream().filter(b -> b.getStatus() == status).count();
  }
}
