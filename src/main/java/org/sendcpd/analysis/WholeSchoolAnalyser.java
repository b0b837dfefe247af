package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The indicators of a school's self-review ({@link WholeSchoolIndicators}), worked out from the
 * same records as the gaps and capacity: held levels by the evidence rules, single points of
 * failure and CPD hours by the capacity analysis, so the self-review never disagrees with those
 * screens.
 *
 * <p>Teachers are class teachers (TEACHER, ECT); the SENCO, senior leaders and the head are counted
 * apart since the question is whether expertise reaches the classroom. Teaching assistants are TA
 * and HLTA. Specialist is level 3 or above, enhanced level 2 or above (the shipped ladder's rungs;
 * a longer ladder's higher rungs count too). A person led training when they facilitated a
 * delivered in-house session or led a collaborative one in the academic year up to the date.
 */
public class WholeSchoolAnalyser {

  static final int SPECIALIST = 3;
  static final int ENHANCED = 2;
  static final Set<String> TEACHERS = Set.of("TEACHER", "ECT");
  static final Set<String> ASSISTANTS = Set.of("TA", "HLTA");
  static final String SENCO = "SENCO";

  /** Deliveries in which the facilitator is one of the school's own staff leading colleagues. */
  static final Set<String> LEADING =
      Set.of(
          "IN_HOUSE", "COACHING", "PEER_OBSERVATION", "COLLABORATIVE_ENQUIRY", "SCHOOL_TO_SCHOOL");

  private final WorkforceIndex index;
  private final List<LedSession> led;

  public WholeSchoolAnalyser(Workforce workforce) {
    this(new WorkforceIndex(workforce), workforce);
  }

  WholeSchoolAnalyser(WorkforceIndex index, Workforce workforce) {
    this.index = index;
    this.led = WorkforceIndex.orEmpty(workforce.ledSessions());
  }

  public WholeSchoolIndicators indicators(long schoolId, LocalDate date, int windowDays) {
    List<Person> inPost = new ArrayList<>();
    for (Person p : index.peopleOfSchool(schoolId)) {
      if (p.inPostOn(date)) {
        inPost.add(p);
      }
    }
    Map<Long, Map<Long, Integer>> held = index.heldLevels(inPost, date);
    CapacityReport capacity = new CapacityAnalyser(index).capacity(schoolId, date, windowDays);
    int specialist = 0;
    int bySenco = 0;
    for (Person p : inPost) {
      for (int level : held.get(p.id()).values()) {
        if (level >= SPECIALIST) {
          specialist++;
          bySenco += SENCO.equals(p.jobRole()) ? 1 : 0;
        }
      }
    }
    return new WholeSchoolIndicators(
        schoolId,
        date,
        specialist,
        bySenco,
        specialist == 0 ? null : ratio(bySenco, specialist),
        teachersByArea(inPost, held),
        hours(capacity),
        led(inPost, date),
        singlePoints(capacity, inPost));
  }

  private List<WholeSchoolIndicators.AreaShare> teachersByArea(
      List<Person> inPost, Map<Long, Map<Long, Integer>> held) {
    List<Person> teachers = inPost.stream().filter(p -> TEACHERS.contains(p.jobRole())).toList();
    List<WholeSchoolIndicators.AreaShare> shares = new ArrayList<>();
    for (String area : DemandCounter.areasOfNeed(index)) {
      int enhanced = 0;
      for (Person t : teachers) {
        boolean covers =
            held.get(t.id()).entrySet().stream()
                .anyMatch(h -> h.getValue() >= ENHANCED && area.equals(areaOf(h.getKey())));
        enhanced += covers ? 1 : 0;
      }
      shares.add(
          new WholeSchoolIndicators.AreaShare(
              area,
              teachers.size(),
              enhanced,
              teachers.isEmpty() ? null : ratio(enhanced, teachers.size())));
    }
    return shares;
  }

  private String areaOf(long competenceId) {
    CompetenceRef c = index.competenceById.get(competenceId);
    return c == null ? null : c.areaOfNeed();
  }

  private static WholeSchoolIndicators.HoursSplit hours(CapacityReport capacity) {
    double teacherHours = 0;
    double taHours = 0;
    int teachers = 0;
    int tas = 0;
    for (CapacityReport.Spend s : capacity.spend()) {
      if (TEACHERS.contains(s.jobRole())) {
        teachers++;
        teacherHours += s.hours();
      } else if (ASSISTANTS.contains(s.jobRole())) {
        tas++;
        taHours += s.hours();
      }
    }
    double both = teacherHours + taHours;
    return new WholeSchoolIndicators.HoursSplit(
        WorkforceIndex.round2(teacherHours),
        WorkforceIndex.round2(taHours),
        teachers,
        tas,
        teachers == 0 ? null : WorkforceIndex.round2(teacherHours / teachers),
        tas == 0 ? null : WorkforceIndex.round2(taHours / tas),
        both == 0 ? null : ratio(teacherHours, both));
  }

  private WholeSchoolIndicators.StaffLed led(List<Person> inPost, LocalDate date) {
    Set<Long> people = new HashSet<>();
    inPost.forEach(p -> people.add(p.id()));
    LocalDate from = SpendCounter.academicYearStart(date);
    Set<Long> leaders = new TreeSet<>();
    Set<Long> sessions = new HashSet<>();
    for (LedSession s : led) {
      boolean inYear = s.on() != null && !s.on().isBefore(from) && !s.on().isAfter(date);
      if (inYear && LEADING.contains(s.delivery()) && people.contains(s.facilitatorId())) {
        leaders.add(s.facilitatorId());
        sessions.add(s.sessionId());
      }
    }
    return new WholeSchoolIndicators.StaffLed(
        leaders.size(), inPost.size(), List.copyOf(leaders), sessions.size());
  }

  private static WholeSchoolIndicators.SinglePoints singlePoints(
      CapacityReport capacity, List<Person> inPost) {
    Set<Long> sencos = new HashSet<>();
    inPost.stream().filter(p -> SENCO.equals(p.jobRole())).forEach(p -> sencos.add(p.id()));
    int onlySenco = 0;
    int nobody = 0;
    for (CapacityReport.SinglePoint point : capacity.singlePoints()) {
      if (point.holders() == 0) {
        nobody++;
      } else if (sencos.contains(point.holderIds().get(0))) {
        onlySenco++;
      }
    }
    return new WholeSchoolIndicators.SinglePoints(
        capacity.singlePoints().size(), onlySenco, nobody);
  }

  /** A share rounded to three places, so 0.333 reads the same on every screen and report. */
  static double ratio(double part, double whole) {
    return Math.round(part / whole * 1000.0) / 1000.0;
  }
}
