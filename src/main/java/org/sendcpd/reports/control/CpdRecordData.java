package org.sendcpd.reports.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.Person;
import org.sendcpd.training.control.CpdEntry;
import org.sendcpd.training.entity.RecordStatus;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * One person's CPD portfolio, for an appraisal or a job move: their records (newest first) with
 * status, competences and expiry, then the gaps they have on the reference date and how to close
 * them.
 */
public final class CpdRecordData {

  private CpdRecordData() {}

  public static ReportData of(
      SchoolAnalysis a, long staffId, List<CpdEntry> entries, ReportHeader header) {
    Person person = a.person(staffId);
    LocalDate date = a.date();
    List<Map<String, ?>> rows = new ArrayList<>();
    entries.stream()
        .sorted(
            Comparator.comparing(
                CpdEntry::completedOn, Comparator.nullsLast(Comparator.reverseOrder())))
        .forEach(e -> rows.add(record(e)));
    a.gapsOf(staffId).stream()
        .filter(c -> c.status() != GapStatus.MET && c.status() != GapStatus.NOT_REQUIRED)
        .sorted(Comparator.comparing((GapCell c) -> a.competence(c.competenceId()).code()))
        .forEach(
            cell -> {
              Map<String, Object> row =
                  new LinkedHashMap<>(
                      TrainingGapData.gapRow(a, person, a.competence(cell.competenceId()), cell));
              row.put("section", "gap");
              rows.add(row);
            });
    Map<String, Object> parameters = header.parameters("CPD record");
    parameters.put("PERSON_NAME", person.name());
    parameters.put("JOB_ROLE", Labels.role(person.jobRole()));
    parameters.put("HOURS_THIS_YEAR", hoursSince(entries, academicYearStart(date)).doubleValue());
    parameters.put(
        "VERIFIED",
        (int) entries.stream().filter(e -> e.status() == RecordStatus.VERIFIED).count());
    parameters.put(
        "PENDING",
        (int) entries.stream().filter(e -> e.status() == RecordStatus.SELF_LOGGED).count());
    parameters.put("GAPS", (int) rows.stream().filter(r -> "gap".equals(r.get("section"))).count());
    List<GapCell> open =
        a.gapsOf(staffId).stream()
            .filter(c -> c.status() != GapStatus.MET && c.status() != GapStatus.NOT_REQUIRED)
            .sorted(Comparator.comparing((GapCell c) -> a.competence(c.competenceId()).code()))
            .toList();
    SheetBook book =
        new SheetBook("CPD record", header, List.of(records(entries), GapSheets.open(a, open)))
            .with("Name", person.name())
            .with("Job role", Labels.role(person.jobRole()))
            .with("Verified hours this school year", parameters.get("HOURS_THIS_YEAR"))
            .with("Verified records", parameters.get("VERIFIED"))
            .with("Awaiting verification", parameters.get("PENDING"))
            .with("Open gaps", open.size());
    return new ReportData("cpd-record", parameters, rows, book);
  }

  /** The records newest first, typed: dates as dates, hours as a number. */
  private static SheetTable records(List<CpdEntry> entries) {
    List<List<?>> rows =
        entries.stream()
            .sorted(
                Comparator.comparing(
                    CpdEntry::completedOn, Comparator.nullsLast(Comparator.reverseOrder())))
            .<List<?>>map(
                e ->
                    Arrays.asList(
                        e.completedOn(),
                        e.title(),
                        e.provider(),
                        Labels.words(e.delivery().name()),
                        e.hours() == null ? null : e.hours().doubleValue(),
                        String.join(", ", e.competences()),
                        status(e),
                        e.expiresOn(),
                        e.validity() == CpdEntry.Validity.NO_EXPIRY
                            ? "Does not expire"
                            : Labels.words(e.validity().name()),
                        e.imported()))
            .collect(Collectors.toList());
    return new SheetTable(
        "Records",
        List.of(
            SheetColumn.of("Completed on", CellKind.DATE),
            SheetColumn.text("Title"),
            SheetColumn.text("Provider"),
            SheetColumn.text("Delivery"),
            SheetColumn.of("Hours", CellKind.DECIMAL),
            SheetColumn.text("Competences"),
            SheetColumn.text("Status"),
            SheetColumn.of("Expires on", CellKind.DATE),
            SheetColumn.text("Validity"),
            SheetColumn.text("Imported")),
        rows);
  }

  private static String status(CpdEntry e) {
    return switch (e.status()) {
      case VERIFIED -> "Verified";
      case SELF_LOGGED -> "Awaiting verification";
      case REJECTED -> "Rejected";
    };
  }

  private static Map<String, ?> record(CpdEntry e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("section", "record");
    row.put("completed", ReportHeader.day(e.completedOn()));
    row.put("title", e.title());
    row.put(
        "provider",
        (e.provider() == null ? "" : e.provider() + " · ") + Labels.words(e.delivery().name()));
    row.put("hours", e.hours() == null ? null : e.hours().doubleValue());
    row.put("competences", String.join(", ", e.competences()));
    row.put("status", status(e));
    row.put("expiry", expiry(e));
    return row;
  }

  private static String expiry(CpdEntry e) {
    return switch (e.validity()) {
      case NO_EXPIRY -> "Does not expire";
      case EXPIRED -> ReportHeader.day(e.expiresOn()) + " (expired)";
      case LAPSING_SOON ->
          ReportHeader.day(e.expiresOn()) + " (lapses in " + e.daysToExpiry() + " days)";
      case VALID -> ReportHeader.day(e.expiresOn());
    };
  }

  /** 1 September of the academic year the date falls in. */
  static LocalDate academicYearStart(LocalDate date) {
    return LocalDate.of(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1, 9, 1);
  }

  private static BigDecimal hoursSince(List<CpdEntry> entries, LocalDate start) {
    return entries.stream()
        .filter(
            e ->
                e.status() == RecordStatus.VERIFIED
                    && e.completedOn() != null
                    && !e.completedOn().isBefore(start))
        .map(e -> e.hours() == null ? BigDecimal.ZERO : e.hours())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
