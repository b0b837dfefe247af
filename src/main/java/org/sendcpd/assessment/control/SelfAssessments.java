package org.sendcpd.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.RatingTerm;
import org.sendcpd.analysis.SelfRating;
import org.sendcpd.assessment.entity.SelfAssessment;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * A person's ratings of their own confidence. Only the person rates themselves, today, and only
 * competences asked of them (by their role or an objective); the SENCO, the head and their line
 * manager read them. A rating never touches their records, so it never changes what they hold.
 */
@ApplicationScoped
@Transactional
public class SelfAssessments {

  static final String TERM_STARTS =
      "SELECT t.startsOn FROM SchoolTerm t WHERE t.year.school.id = :schoolId";

  @PersistenceContext EntityManager em;
  @Inject AccessControl access;
  @Inject CurrentUser caller;
  @Inject WorkforceAnalyses analyses;
  Clock clock = Clock.systemDefaultZone();

  /** The person's latest rating of each competence, in code order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SelfAssessment> latestOf(StaffMember person) {
    access.requireStaff(person);
    Map<Long, SelfAssessment> latest = new LinkedHashMap<>();
    em.createNamedQuery(SelfAssessment.FIND_BY_STAFF, SelfAssessment.class)
        .setParameter("staffId", person.getId())
        .getResultList()
        .forEach(a -> latest.putIfAbsent(a.getCompetence().getId(), a));
    return latest.values().stream()
        .sorted((a, b) -> a.getCompetence().getCode().compareTo(b.getCompetence().getCode()))
        .toList();
  }

  /** Every rating of the person, as the engine reads them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SelfRating> ratingsOf(StaffMember person) {
    access.requireStaff(person);
    return em
        .createNamedQuery(SelfAssessment.FIND_BY_STAFF, SelfAssessment.class)
        .setParameter("staffId", person.getId())
        .getResultList()
        .stream()
        .map(
            a ->
                new SelfRating(
                    person.getId(),
                    a.getCompetence().getId(),
                    a.getConfidence(),
                    a.getAssessedOn()))
        .toList();
  }

  /** Every rating in a school, for those who see the school. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SelfRating> ratingsInSchool(long schoolId) {
    access.requireSchool(schoolId);
    return em
        .createNamedQuery(SelfAssessment.FIND_BY_SCHOOL, Object[].class)
        .setParameter("schoolId", schoolId)
        .getResultList()
        .stream()
        .map(
            r ->
                new SelfRating(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(),
                    (LocalDate) r[3]))
        .toList();
  }

  /**
   * Saves the person's ratings of today, all or none: a competence rated again today keeps one
   * rating. Competences left out keep their earlier ratings.
   */
  public List<SelfAssessment> rate(StaffMember person, List<Rating> ratings) {
    if (!caller.staffId().map(person.getId()::equals).orElse(false)) {
      throw access.refuse(
          "StaffMember",
          person.getId(),
          "Only the person rates their own confidence; others may read it.");
    }
    if (ratings == null || ratings.isEmpty()) {
      throw new InvalidInputException("Rate at least one competence; nothing was saved");
    }
    LocalDate today = LocalDate.now(clock);
    Map<String, Competence> asked = askedOf(person, today);
    List<Map<String, String>> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ratings.size(); i++) {
      check(ratings.get(i), "[" + i + "]", asked, seen, today, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Some ratings are not right; nothing was saved", problems);
    }
    for (Rating r : ratings) {
      save(person, asked.get(r.competenceCode().strip()), r.confidence(), today);
    }
    em.flush();
    return latestOf(person);
  }

  private static void check(
      Rating r,
      String at,
      Map<String, Competence> asked,
      Set<String> seen,
      LocalDate today,
      List<Map<String, String>> problems) {
    if (r == null) {
      problems.add(problem(at, "an empty rating"));
      return;
    }
    String code = r.competenceCode() == null ? "" : r.competenceCode().strip();
    if (code.isEmpty()) {
      problems.add(problem(at + ".competenceCode", "name the competence by its code"));
    } else if (!asked.containsKey(code)) {
      problems.add(
          problem(at + ".competenceCode", code + " is not a competence asked of this person"));
    } else if (!seen.add(code)) {
      problems.add(problem(at + ".competenceCode", code + " is rated twice"));
    }
    Integer confidence = r.confidence();
    if (confidence == null
        || confidence < SelfAssessment.LOWEST
        || confidence > SelfAssessment.HIGHEST) {
      problems.add(problem(at + ".confidence", "a confidence is 1 to 4, not " + confidence));
    }
    if (r.assessedOn() != null && !r.assessedOn().equals(today)) {
      problems.add(
          problem(at + ".assessedOn", "a rating is made today, " + today + "; leave it out"));
    }
  }

  private void save(StaffMember person, Competence competence, int confidence, LocalDate today) {
    em.createNamedQuery(SelfAssessment.FIND_BY_STAFF, SelfAssessment.class)
        .setParameter("staffId", person.getId())
        .getResultStream()
        .filter(a -> a.getAssessedOn().equals(today) && a.getCompetence().equals(competence))
        .findFirst()
        .ifPresentOrElse(
            a -> a.setConfidence(confidence),
            () -> em.persist(new SelfAssessment(person, competence, confidence, today)));
  }

  /** The competences asked of the person today (by role or objective), by code. */
  public Map<String, Competence> askedOf(StaffMember person, LocalDate date) {
    SchoolAnalysis analysis = analyses.forPerson(person, date);
    List<Long> ids =
        analysis.gapsOf(person.getId()).stream()
            .filter(c -> c.required() > 0)
            .map(GapCell::competenceId)
            .toList();
    Map<String, Competence> byCode = new LinkedHashMap<>();
    for (Long id : ids) {
      Competence c = em.find(Competence.class, id);
      byCode.put(c.getCode(), c);
    }
    return byCode;
  }

  /** Whether the person has rated nothing since this term began (the once-a-term prompt). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean dueThisTerm(StaffMember person) {
    LocalDate today = LocalDate.now(clock);
    List<LocalDate> starts =
        em.createQuery(TERM_STARTS, LocalDate.class)
            .setParameter("schoolId", person.getSchool().getId())
            .getResultList();
    LocalDate last =
        ratingsOf(person).stream()
            .map(SelfRating::assessedOn)
            .max(LocalDate::compareTo)
            .orElse(null);
    return RatingTerm.due(today, starts, last);
  }

  private static Map<String, String> problem(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
