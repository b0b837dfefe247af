package org.sendcpd.gaps.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendcpd.analysis.SchoolComparison;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.workforce.control.TrustAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * The trust's schools side by side for a reference date, from one analysis of the whole trust (for
 * trust leads and administrators; {@link WorkforceAnalyses#trust} checks). Every school of the
 * database has a row, in name order, zeros where it has nobody yet.
 */
@ApplicationScoped
public class TrustOverview {

  @Inject WorkforceAnalyses gaps;
  @Inject StaffService staff;

  /** A school's name with its figures. */
  public record SchoolRow(long schoolId, String name, SchoolComparison.Figures figures)
      implements Serializable {}

  public record Overview(
      LocalDate date, int windowDays, List<SchoolRow> schools, SchoolComparison.Figures total)
      implements Serializable {}

  public Overview on(LocalDate date) {
    return of(gaps.trust(date), staff.schools());
  }

  /**
   * The overview of an analysis of the whole trust already made (and access checked), with the
   * schools to name; reads nothing more from the database, so a report job can call it.
   */
  public static Overview of(TrustAnalysis trust, List<School> schools) {
    Map<Long, SchoolComparison.Figures> figures = trust.figures();
    List<SchoolRow> rows =
        schools.stream()
            .map(
                s ->
                    new SchoolRow(
                        s.getId(),
                        s.getName(),
                        figures.getOrDefault(s.getId(), SchoolComparison.none(s.getId()))))
            .toList();
    return new Overview(
        trust.date(),
        trust.windowDays(),
        rows,
        SchoolComparison.total(rows.stream().map(SchoolRow::figures).toList()));
  }
}
