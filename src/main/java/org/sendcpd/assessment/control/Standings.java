package org.sendcpd.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.analysis.ConfidenceCheck;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * A person's standing with their own confidence beside it, and a school's mismatches between the
 * two, from the same analysis as the gap matrix.
 */
@ApplicationScoped
public class Standings {

  /** A cell where the person's rating and their standing disagree. */
  public record Mismatch(CompetenceStanding standing, ConfidenceCheck.Mismatch kind) {}

  @Inject WorkforceAnalyses analyses;
  @Inject SelfAssessments assessments;

  /** Every competence asked of the person, for them and those who see them. */
  public List<CompetenceStanding> of(StaffMember person, LocalDate date) {
    SchoolAnalysis analysis = analyses.forPerson(person, date);
    ConfidenceCheck confidence = new ConfidenceCheck(assessments.ratingsOf(person), date);
    return CompetenceStanding.of(analysis, person.getId(), confidence);
  }

  /** The school's mismatches, in the matrix's order of people, for those who see the school. */
  public List<Mismatch> mismatches(long schoolId, LocalDate date) {
    SchoolAnalysis analysis = analyses.school(schoolId, date);
    ConfidenceCheck confidence = new ConfidenceCheck(assessments.ratingsInSchool(schoolId), date);
    return confidence.findings(analysis.gaps().cells()).stream()
        .map(
            f ->
                new Mismatch(
                    CompetenceStanding.of(analysis, f.cell(), f.rating().confidence()),
                    f.mismatch()))
        .toList();
  }
}
