package org.sendcpd.reports.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.TrainingSession;

/**
 * A certificate of attendance at an in-house session: who attended what, when and for how long, the
 * competences and levels the course evidences, when the certificate lapses if the course has a
 * validity, and a line for the SENCO to sign it off. The school issues it because no outside
 * provider will: the in-house record otherwise lives only in SEND CPD.
 */
public final class CertificateData {

  private CertificateData() {}

  /** The report's parameters and its outcome lines; the SENCO is null when the school has none. */
  public static ReportData of(
      ReportHeader header,
      TrainingSession session,
      StaffMember person,
      Map<String, String> levelNames,
      StaffMember senco) {
    LocalDate day = session.getStartsAt().toLocalDate();
    Map<String, Object> parameters = header.parameters("Certificate of attendance");
    parameters.put("PERSON_NAME", person.getFullName());
    parameters.put("JOB_ROLE", person.getJobRole().label());
    parameters.put("COURSE", session.getCourse().getTitle());
    parameters.put(
        "ATTENDANCE",
        "on "
            + SessionFacts.LONG_DAY.format(day)
            + ", "
            + SessionFacts.times(session)
            + " · "
            + SessionFacts.hours(session.getCourse().getHours())
            + " of CPD");
    String facilitator = SessionFacts.facilitator(session);
    parameters.put("FACILITATOR", facilitator.isEmpty() ? "" : "Led by " + facilitator);
    LocalDate expires = CpdRecord.expiryOf(day, session.getCourse().getValidityMonths());
    parameters.put(
        "EXPIRY",
        expires == null
            ? "This training does not expire."
            : "Expires on "
                + ReportHeader.day(expires)
                + ": the training is renewed every "
                + session.getCourse().getValidityMonths()
                + " months.");
    parameters.put("SENCO_NAME", senco == null ? "" : senco.getFullName());
    parameters.put("SIGNED_ON", ReportHeader.day(day));
    List<Map<String, Object>> outcomes = SessionFacts.outcomes(session, levelNames);
    SheetBook book =
        new SheetBook(
                "Certificate of attendance", header, List.of(SessionFacts.outcomeSheet(outcomes)))
            .with("Name", person.getFullName())
            .with("Job role", person.getJobRole().label())
            .with("Course", session.getCourse().getTitle())
            .with("Attended on", day)
            .with("Hours", session.getCourse().getHours().doubleValue())
            .with("Facilitator", facilitator)
            .with("Expires on", expires == null ? "Does not expire" : expires)
            .with("Signed off by", senco == null ? "" : senco.getFullName());
    return new ReportData("certificate", parameters, outcomes, book);
  }
}
