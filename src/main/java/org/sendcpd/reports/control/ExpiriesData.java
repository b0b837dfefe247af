package org.sendcpd.reports.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.Evidence;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.Person;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * Certificates that lapse within the window (the capacity analysis's lapses) and those that lapsed
 * in the last twelve months and have not been renewed: the person no longer holds that competence
 * at that level. Soonest first; whether the competence is required of the person is shown, since
 * those lapses open gaps.
 */
public final class ExpiriesData {

  /** How far back an expired, unrenewed certificate is still listed. */
  static final int EXPIRED_LOOK_BACK_MONTHS = 12;

  private ExpiriesData() {}

  public static ReportData of(SchoolAnalysis a, ReportHeader header) {
    LocalDate date = a.date();
    Map<String, GapCell> cells = new HashMap<>();
    a.gaps().cells().forEach(c -> cells.put(key(c.staffId(), c.competenceId()), c));
    List<Map<String, Object>> rows = new ArrayList<>();
    a.capacity()
        .lapses()
        .forEach(
            l ->
                rows.add(
                    row(a, cells, l.staffId(), l.competenceId(), l.level(), l.expiresOn(), date)));
    Map<String, Evidence> expired = new LinkedHashMap<>();
    a.workforce().evidence().stream()
        .filter(e -> isExpiredUnrenewed(e, cells, date, a))
        .forEach(
            e ->
                expired.merge(
                    key(e.staffId(), e.competenceId()) + "/" + e.level(),
                    e,
                    (x, y) -> x.expiresOn().isAfter(y.expiresOn()) ? x : y));
    expired
        .values()
        .forEach(
            e ->
                rows.add(
                    row(a, cells, e.staffId(), e.competenceId(), e.level(), e.expiresOn(), date)));
    rows.sort(Comparator.comparing(r -> (LocalDate) r.get("expiresOn")));
    SheetTable sheet = sheet(rows, date);
    rows.forEach(r -> r.put("expires", ReportHeader.day((LocalDate) r.remove("expiresOn"))));
    Map<String, Object> parameters = header.parameters("Lapsing and expired certificates");
    parameters.put("WINDOW_DAYS", a.windowDays());
    parameters.put("LAPSING", a.capacity().lapses().size());
    parameters.put("EXPIRED", expired.size());
    SheetBook book =
        new SheetBook("Lapsing and expired certificates", header, List.of(sheet))
            .with("Look-ahead window (days)", a.windowDays())
            .with("Lapsing", a.capacity().lapses().size())
            .with("Expired, not renewed", expired.size());
    return new ReportData("expiries", parameters, rows, book);
  }

  /** The same rows typed: the expiry a date, the days to it a number (negative once expired). */
  private static SheetTable sheet(List<Map<String, Object>> rows, LocalDate date) {
    List<List<?>> cells = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      LocalDate expiresOn = (LocalDate) r.get("expiresOn");
      boolean expired = (Boolean) r.get("expired");
      cells.add(
          List.of(
              r.get("person"),
              r.get("role"),
              r.get("code"),
              r.get("statement"),
              r.get("level"),
              expiresOn,
              ChronoUnit.DAYS.between(date, expiresOn),
              new ToneCell(
                  (String) r.get("status"), expired ? ToneCell.Tone.BAD : ToneCell.Tone.WARNING),
              r.get("required")));
    }
    return new SheetTable(
        "Certificates",
        List.of(
            SheetColumn.text("Name"),
            SheetColumn.text("Job role"),
            SheetColumn.text("Competence"),
            SheetColumn.text("Statement"),
            SheetColumn.text("Level"),
            SheetColumn.of("Expires on", CellKind.DATE),
            SheetColumn.of("Days to expiry", CellKind.WHOLE),
            SheetColumn.text("Status"),
            SheetColumn.text("Required of them")),
        cells);
  }

  private static boolean isExpiredUnrenewed(
      Evidence e, Map<String, GapCell> cells, LocalDate date, SchoolAnalysis a) {
    Person p = a.person(e.staffId());
    if (e.status() != Evidence.Status.VERIFIED
        || e.expiresOn() == null
        || e.expiresOn().isAfter(date)
        || e.expiresOn().isBefore(date.minusMonths(EXPIRED_LOOK_BACK_MONTHS))
        || p == null
        || !p.inPostOn(date)) {
      return false;
    }
    GapCell cell = cells.get(key(e.staffId(), e.competenceId()));
    return cell == null || cell.held() < e.level();
  }

  private static Map<String, Object> row(
      SchoolAnalysis a,
      Map<String, GapCell> cells,
      long staffId,
      long competenceId,
      int level,
      LocalDate expiresOn,
      LocalDate date) {
    Person p = a.person(staffId);
    CompetenceRef c = a.competence(competenceId);
    GapCell cell = cells.get(key(staffId, competenceId));
    long days = ChronoUnit.DAYS.between(date, expiresOn);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("person", p.name());
    row.put("role", Labels.role(p.jobRole()));
    row.put("code", c.code());
    row.put("statement", c.statement());
    row.put("level", c.levelName(level));
    row.put("expiresOn", expiresOn);
    row.put("expired", days <= 0);
    row.put(
        "status", days <= 0 ? "Expired " + (-days) + " days ago" : "Lapses in " + days + " days");
    row.put(
        "required",
        cell != null && cell.status() != GapStatus.NOT_REQUIRED && cell.required() > 0
            ? "Yes"
            : "No");
    return row;
  }

  private static String key(long staffId, long competenceId) {
    return staffId + "/" + competenceId;
  }
}
