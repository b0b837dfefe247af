package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.calendar.control.YearPlan;
import org.sendcpd.calendar.entity.SchoolYear;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.control.LevelNames;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.TrainingSession;

/**
 * The session reports of the demo school (term calendar, sign-in sheet, certificate of attendance)
 * in PDF and XLSX, their PDFs read back as text and checked against the demo's sessions.
 */
class SessionReportsRenderTest {

  static JpaTestDatabase db;
  static ReportHeader header;

  @BeforeAll
  static void loadDemo() throws java.io.IOException {
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    db = JpaTestDatabase.start();
    DemoDatabase.load(db);
    String school =
        db.inTransaction(
                em -> em.createNamedQuery(School.FIND_ALL, School.class).getResultList().get(0))
            .getName();
    header = DemoReports.header(school);
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void calendarListsTheTermsSessionsAndInsetDays() {
    var pdf =
        db.inTransaction(
            em -> {
              List<YearPlan> years =
                  em.createQuery("SELECT y FROM SchoolYear y", SchoolYear.class)
                      .getResultStream()
                      .map(SessionReportsRenderTest::plan)
                      .toList();
              CalendarData.Term term = CalendarData.termOf(years, DemoDatabase.TODAY).orElseThrow();
              List<TrainingSession> sessions =
                  em.createQuery(
                          "SELECT t FROM TrainingSession t WHERE t.startsAt >= :from"
                              + " AND t.startsAt < :to ORDER BY t.startsAt",
                          TrainingSession.class)
                      .setParameter("from", term.plan().startsOn().atStartOfDay())
                      .setParameter("to", term.plan().endsOn().plusDays(1).atStartOfDay())
                      .getResultList();
              assertEquals("Autumn", term.plan().name());
              assertTrue(sessions.size() > 3, sessions.toString());
              ReportData data = CalendarData.of(header, term, sessions, Map.of());
              var text = ReportsRenderTest.render(data, ReportFormat.PDF, ReportFormat.XLSX);
              try (var book = SpreadsheetReportsTest.sheets(data)) {
                Workbooks.assertTables(book, "Training calendar", header);
                var sheet = book.getSheet("Sessions");
                TrainingSession first = sessions.get(0);
                var row = Workbooks.row(sheet, 2, first.getCourse().getTitle());
                Workbooks.assertNumber(row.getCell(0), "dd/mm/yyyy hh:mm");
                assertEquals(first.getStartsAt(), row.getCell(0).getLocalDateTimeCellValue());
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              for (TrainingSession s : sessions) {
                assertTrue(
                    text.text().contains(SessionFacts.WEEKDAY.format(s.getStartsAt())),
                    text.text());
              }
              return text;
            });
    assertTrue(pdf.text().contains("Autumn term 2026/27"), pdf.text());
    assertTrue(pdf.text().contains("INSET day"), pdf.text());
  }

  @Test
  void registerListsEveryoneHoldingAPlace() {
    var text =
        db.inTransaction(
            em -> {
              TrainingSession session = deliveredInHouse(em);
              List<Booking> bookings = bookings(em, session);
              ReportData data = RegisterData.of(header, session, bookings, levelNames(em));
              var pdf = ReportsRenderTest.render(data, ReportFormat.PDF, ReportFormat.XLSX);
              try (var book = SpreadsheetReportsTest.sheets(data)) {
                Workbooks.assertTables(book, "Sign-in sheet", header);
                Workbooks.assertNumber(book.getSheet("Sign-in sheet").getRow(1).getCell(0), "0");
                assertEquals(
                    session.getCourse().getOutcomes().size(),
                    book.getSheet("Outcomes").getLastRowNum());
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              bookings.stream()
                  .filter(b -> b.getStatus().holdsPlace())
                  .forEach(
                      b ->
                          assertTrue(
                              pdf.text().contains(b.getStaffMember().getFullName()), pdf.text()));
              long present =
                  bookings.stream().filter(b -> b.getStatus() == BookingStatus.ATTENDED).count();
              assertTrue(pdf.text().contains(present + " present"), pdf.text());
              assertTrue(
                  pdf.text()
                      .contains(session.getCourse().getOutcomes().get(0).getCompetence().getCode()),
                  pdf.text());
              return pdf.text();
            });
    assertTrue(text.contains("Sign-in sheet"), text);
  }

  @Test
  void certificateNamesThePersonCourseAndSenco() {
    var text =
        db.inTransaction(
            em -> {
              TrainingSession session = deliveredInHouse(em);
              StaffMember person =
                  bookings(em, session).stream()
                      .filter(b -> b.getStatus() == BookingStatus.ATTENDED)
                      .findFirst()
                      .orElseThrow()
                      .getStaffMember();
              StaffMember senco =
                  em.createQuery(
                          "SELECT s FROM StaffMember s WHERE s.jobRole = :role", StaffMember.class)
                      .setParameter("role", JobRole.SENCO)
                      .getResultList()
                      .get(0);
              var pdf =
                  ReportsRenderTest.render(
                      CertificateData.of(header, session, person, levelNames(em), senco),
                      ReportFormat.PDF,
                      ReportFormat.XLSX);
              assertEquals(1, pdf.pages());
              assertTrue(pdf.text().contains(person.getFullName()), pdf.text());
              assertTrue(pdf.text().contains(session.getCourse().getTitle()), pdf.text());
              assertTrue(pdf.text().contains(senco.getFullName()), pdf.text());
              return pdf.text();
            });
    assertTrue(text.contains("Certificate of attendance"), text);
  }

  static TrainingSession deliveredInHouse(EntityManager em) {
    return em.createQuery(
            "SELECT t FROM TrainingSession t WHERE t.status ="
                + " org.sendcpd.training.entity.SessionStatus.DELIVERED"
                + " AND t.course.delivery = :delivery ORDER BY t.startsAt",
            TrainingSession.class)
        .setParameter("delivery", DeliveryType.IN_HOUSE)
        .getResultList()
        .get(0);
  }

  static List<Booking> bookings(EntityManager em, TrainingSession session) {
    return em.createNamedQuery(Booking.FIND_BY_SESSION, Booking.class)
        .setParameter("sessionId", session.getId())
        .getResultList();
  }

  static Map<String, String> levelNames(EntityManager em) {
    LevelNames names = new LevelNames();
    try {
      Field field = LevelNames.class.getDeclaredField("em");
      field.setAccessible(true);
      field.set(names, em);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return names.all();
  }

  private static YearPlan plan(SchoolYear y) {
    return new YearPlan(
        y.getStartsOn().getYear(),
        y.getLabel(),
        y.getTerms().stream()
            .map(
                t ->
                    new YearPlan.TermPlan(
                        t.getName(),
                        t.getStartsOn(),
                        t.getEndsOn(),
                        t.getHalfTermStartsOn(),
                        t.getHalfTermEndsOn()))
            .toList(),
        y.getInsetDays().stream()
            .map(d -> new YearPlan.InsetPlan(d.getDate(), d.getNote()))
            .toList());
  }
}
