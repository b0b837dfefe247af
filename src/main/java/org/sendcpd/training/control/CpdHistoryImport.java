package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.LineError;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Validation;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.CpdRecord;

/**
 * Brings a school's CPD history in from the spreadsheet a SENCO kept (CSV, or the first sheet of an
 * XLSX, in the format of {@link HistoryTable}). Every line is checked first: its values, then that
 * the person is on the school's staff, the competence exists at that level, the record is not
 * already there. Any wrong line and nothing is saved: the answer lists each wrong line by number.
 * Otherwise the records are saved VERIFIED by the importing SENCO (or head), marked IMPORTED; a dry
 * run checks and counts without saving. Nobody imports their own training, since nobody verifies
 * their own.
 */
@ApplicationScoped
@Transactional
public class CpdHistoryImport {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject RecordAccess access;
  @Inject Validation validation;
  @Inject AuditLog audit;
  Clock clock = Clock.systemDefaultZone();

  public CpdHistoryResult run(long schoolId, byte[] file, boolean dryRun) {
    access.requireVerifierOf(schoolId);
    HistoryTable table =
        isWorkbook(file) ? HistoryXlsxReader.read(file) : HistoryCsvReader.read(file);
    if (!table.errors().isEmpty()) {
      return CpdHistoryResult.refused(dryRun, table.lines().size(), table.errors());
    }
    if (table.lines().isEmpty()) {
      return CpdHistoryResult.refused(
          dryRun, 0, List.of(new LineError(1, "the file has no lines below its header")));
    }
    List<LineError> errors = new ArrayList<>();
    Map<String, HistoryRecord> records = plan(schoolId, table.lines(), errors);
    if (!errors.isEmpty()) {
      return CpdHistoryResult.refused(dryRun, table.lines().size(), errors);
    }
    if (!dryRun) {
      save(records.values());
      audit.record(
          caller.username(),
          "CPD_IMPORTED",
          "School",
          schoolId,
          records.size() + " records from " + table.lines().size() + " lines");
    }
    return new CpdHistoryResult(
        dryRun, table.lines().size(), records.size(), dryRun ? 0 : records.size(), List.of());
  }

  private static boolean isWorkbook(byte[] file) {
    return file.length > 3 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
  }

  /** The records the lines make, by person, title and day; the wrong lines go to errors. */
  private Map<String, HistoryRecord> plan(
      long schoolId, List<HistoryLine> lines, List<LineError> errors) {
    HistoryLineParser parser = new HistoryLineParser(LocalDate.now(clock));
    SchoolBook book = new SchoolBook(schoolId);
    Long me = caller.staffId().orElse(null);
    Map<String, HistoryRecord> records = new LinkedHashMap<>();
    for (HistoryLine line : lines) {
      List<String> problems = new ArrayList<>();
      HistoryEntry entry = parser.parse(line, problems);
      if (entry != null) {
        StaffMember person = book.staff.get(entry.email());
        Competence competence = competence(book, entry, problems);
        Course course = book.courses.get(entry.title().toLowerCase(Locale.ROOT));
        if (person == null) {
          problems.add("nobody on this school's staff has the email " + entry.email());
        } else if (Objects.equals(person.getId(), me)) {
          problems.add(
              "this is your own training; nobody verifies their own, so another SENCO or the"
                  + " head imports it");
        } else if (book.existing.contains(key(person.getId(), entry))) {
          problems.add(
              person.getFullName()
                  + " already has a record of '"
                  + HistoryLineParser.shorten(entry.title())
                  + "' completed on "
                  + entry.completedOn());
        }
        if (course == null) {
          freeTitleNeeds(entry, problems);
        }
        if (problems.isEmpty()) {
          records
              .computeIfAbsent(entry.recordKey(), k -> new HistoryRecord(entry, person, course))
              .add(entry, competence, problems);
        }
      }
      problems.forEach(p -> errors.add(new LineError(line.line(), p)));
    }
    return records;
  }

  private static Competence competence(SchoolBook book, HistoryEntry entry, List<String> problems) {
    if (entry.competenceCode() == null) {
      return null;
    }
    Competence competence = book.competences.get(entry.competenceCode().toUpperCase(Locale.ROOT));
    if (competence == null) {
      problems.add(
          "there is no competence "
              + HistoryLineParser.shorten(entry.competenceCode())
              + " in the skills frameworks");
      return null;
    }
    int ladder = competence.getArea().getFramework().getLevels().size();
    if (entry.level() > ladder) {
      problems.add(
          competence.getCode()
              + " has levels 1 to "
              + ladder
              + "; "
              + entry.level()
              + " is not one");
      return null;
    }
    return competence;
  }

  /** A title not in the catalogue brings its own delivery and hours. */
  private static void freeTitleNeeds(HistoryEntry entry, List<String> problems) {
    if (entry.delivery() == null) {
      problems.add(
          "delivery is empty, and '"
              + HistoryLineParser.shorten(entry.title())
              + "' is not a course of the catalogue: give IN_HOUSE, SPECIALIST_EXTERNAL or ONLINE");
    }
    if (entry.hours() == null) {
      problems.add("hours is empty, and the title is not a course of the catalogue that says them");
    }
  }

  private void save(Iterable<HistoryRecord> records) {
    Instant now = Instant.now(clock);
    for (HistoryRecord planned : records) {
      CpdRecord record = HistoryRecords.build(planned);
      record.verify(caller.username(), now);
      validation.require(record);
      em.persist(record);
    }
    em.flush();
  }

  private static String key(long staffId, HistoryEntry entry) {
    return key(staffId, entry.title(), entry.completedOn());
  }

  private static String key(long staffId, String title, LocalDate completedOn) {
    return staffId + "\n" + title.toLowerCase(Locale.ROOT) + "\n" + completedOn;
  }

  /** What the lines are checked against, read once per import. */
  private final class SchoolBook {
    final Map<String, StaffMember> staff = new HashMap<>();
    final Map<String, Course> courses = new HashMap<>();
    final Map<String, Competence> competences = new HashMap<>();
    final Set<String> existing = new HashSet<>();

    SchoolBook(long schoolId) {
      em.createNamedQuery(StaffMember.FIND_BY_SCHOOL, StaffMember.class)
          .setParameter("schoolId", schoolId)
          .getResultList()
          .forEach(
              s -> {
                if (s.getEmail() != null) {
                  staff.put(s.getEmail().toLowerCase(Locale.ROOT), s);
                }
              });
      em.createNamedQuery(Course.FIND_BY_SCHOOL, Course.class)
          .setParameter("schoolId", schoolId)
          .getResultList()
          .forEach(c -> courses.putIfAbsent(c.getTitle().toLowerCase(Locale.ROOT), c));
      em.createQuery("SELECT c FROM Competence c", Competence.class)
          .getResultList()
          .forEach(c -> competences.put(c.getCode().toUpperCase(Locale.ROOT), c));
      em.createQuery(
              "SELECT r.staffMember.id, r.title, r.completedOn FROM CpdRecord r"
                  + " WHERE r.staffMember.school.id = :schoolId",
              Object[].class)
          .setParameter("schoolId", schoolId)
          .getResultList()
          .forEach(row -> existing.add(key((Long) row[0], (String) row[1], (LocalDate) row[2])));
    }
  }
}
