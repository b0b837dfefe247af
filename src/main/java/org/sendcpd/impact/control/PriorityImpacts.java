package org.sendcpd.impact.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendcpd.analysis.EvaluationAverages;
import org.sendcpd.analysis.FollowUpStage;
import org.sendcpd.analysis.ImpactChain;
import org.sendcpd.analysis.SchoolTerms;
import org.sendcpd.appraisal.control.DevelopmentPlans;
import org.sendcpd.appraisal.control.PriorityMeasures;
import org.sendcpd.appraisal.entity.SchoolPriority;
import org.sendcpd.calendar.control.SchoolCalendar;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.training.entity.RecordStatus;

/**
 * Loads the impact chain of a school's priorities for a reference date: the priorities of the
 * academic year the date is in and of the year before (governors look back at last year's in the
 * autumn), each with the training, ratings, follow-ups and measures of its own year. A priority's
 * competences are the targets of the appraisal objectives linked to it, or, when none is linked
 * yet, the competences of its area of need. Only the school's SENCO and head (and trust leads) see
 * it: it names spend.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PriorityImpacts {

  static final String TARGETS =
      "SELECT DISTINCT c.id, c.code FROM ObjectiveTarget t JOIN t.competenceLevel.competence c"
          + " WHERE t.objective.priority.id = :priorityId";
  static final String AREA_COMPETENCES =
      "SELECT DISTINCT c.id, c.code FROM Competence c WHERE c.area.areaOfNeed = :need"
          + " AND c.area.framework.active = TRUE"
          + " AND (c.area.framework.school IS NULL OR c.area.framework.school.id = :schoolId)";
  static final String TRAINING =
      "SELECT DISTINCT r.id, r.staffMember.id, r.completedOn, r.hours, r.cost FROM CpdOutcome o"
          + " JOIN o.record r WHERE o.competenceLevel.competence.id IN :competences"
          + " AND r.staffMember.school.id = :schoolId AND r.verdict.status = :verified"
          + " AND r.completedOn BETWEEN :from AND :to";
  static final String RATINGS =
      "SELECT DISTINCT e.id, t.startsAt, e.usefulness, e.confidenceBefore, e.confidenceAfter"
          + " FROM SessionEvaluation e JOIN e.session t JOIN t.course c JOIN c.outcomes co"
          + " WHERE co.competenceLevel.competence.id IN :competences AND t.school.id = :schoolId"
          + " AND t.startsAt >= :from AND t.startsAt < :to";
  static final String USES =
      "SELECT f.dueOn, f.stage, f.answeredAt FROM FollowUp f WHERE f.record.id IN :records";

  @PersistenceContext EntityManager em;
  @Inject DevelopmentPlans plans;
  @Inject PriorityMeasures measures;
  @Inject SchoolCalendar calendar;
  @Inject AccessControl access;

  ZoneId zone = ZoneId.systemDefault();

  /** The priorities of the date's year and the year before, or only {@code priorityId}. */
  public List<PriorityImpact> of(long schoolId, LocalDate date, Long priorityId) {
    access.requireSchool(schoolId);
    List<SchoolPriority> chosen = new ArrayList<>();
    if (priorityId != null) {
      SchoolPriority priority = plans.priority(priorityId);
      if (!Objects.equals(priority.getSchool().getId(), schoolId)) {
        throw access.deny("SchoolPriority", priorityId, "another school's priority");
      }
      chosen.add(priority);
    } else {
      int year = SchoolTerms.startYearOf(date);
      chosen.addAll(plans.priorities(schoolId, SchoolTerms.label(year)));
      chosen.addAll(plans.priorities(schoolId, SchoolTerms.label(year - 1)));
    }
    List<PriorityImpact> impacts = new ArrayList<>();
    for (SchoolPriority priority : chosen) {
      impacts.add(impact(priority, date));
    }
    return impacts;
  }

  /** One priority's chain, for whoever may see the school's. */
  public PriorityImpact of(long priorityId, LocalDate date) {
    SchoolPriority priority = plans.priority(priorityId);
    access.requireSchool(priority.getSchool().getId());
    return impact(priority, date);
  }

  private PriorityImpact impact(SchoolPriority priority, LocalDate asOf) {
    long schoolId = priority.getSchool().getId();
    int start = SchoolTerms.startYearOf(priority.getAcademicYear());
    List<SchoolTerms.Term> terms = SchoolTerms.of(start, termStarts(schoolId, start));
    LocalDate from = terms.get(0).from();
    LocalDate to = terms.get(terms.size() - 1).to();
    List<Object[]> competences = competences(priority);
    List<Long> ids = competences.stream().map(r -> ((Number) r[0]).longValue()).toList();
    List<String> codes = competences.stream().map(r -> (String) r[1]).sorted().toList();
    List<ImpactChain.Training> training = new ArrayList<>();
    List<Long> recordIds = new ArrayList<>();
    List<ImpactChain.DatedRating> ratings = new ArrayList<>();
    List<ImpactChain.Use> uses = new ArrayList<>();
    if (!ids.isEmpty()) {
      for (Object[] r :
          em.createQuery(TRAINING, Object[].class)
              .setParameter("competences", ids)
              .setParameter("schoolId", schoolId)
              .setParameter("verified", RecordStatus.VERIFIED)
              .setParameter("from", from)
              .setParameter("to", to)
              .getResultList()) {
        recordIds.add(((Number) r[0]).longValue());
        training.add(
            new ImpactChain.Training(
                ((Number) r[1]).longValue(),
                (LocalDate) r[2],
                (BigDecimal) r[3],
                (BigDecimal) r[4]));
      }
      for (Object[] r :
          em.createQuery(RATINGS, Object[].class)
              .setParameter("competences", ids)
              .setParameter("schoolId", schoolId)
              .setParameter("from", from.atStartOfDay())
              .setParameter("to", to.plusDays(1).atStartOfDay())
              .getResultList()) {
        ratings.add(
            new ImpactChain.DatedRating(
                ((LocalDateTime) r[1]).toLocalDate(),
                new EvaluationAverages.Rating((int) r[2], (int) r[3], (int) r[4])));
      }
      uses.addAll(uses(recordIds));
    }
    List<ImpactChain.Measure> measured =
        measures.of(priority.getId()).stream()
            .map(
                m ->
                    new ImpactChain.Measure(
                        m.getTakenOn(), m.getLabel(), m.getValue(), m.getOutOf()))
            .toList();
    List<ImpactChain.Link> links = ImpactChain.of(terms, training, ratings, uses, measured, asOf);
    return new PriorityImpact(
        priority.getId(),
        priority.getTitle(),
        priority.getAcademicYear(),
        priority.getSuccessMeasure(),
        codes,
        links,
        ImpactChain.total(links, training, asOf));
  }

  /** The school's own term dates for the year, where it has entered them. */
  private List<SchoolTerms.Start> termStarts(long schoolId, int startYear) {
    return calendar.year(schoolId, startYear).terms().stream()
        .map(t -> new SchoolTerms.Start(t.name(), t.startsOn()))
        .toList();
  }

  private List<Object[]> competences(SchoolPriority priority) {
    List<Object[]> targets =
        em.createQuery(TARGETS, Object[].class)
            .setParameter("priorityId", priority.getId())
            .getResultList();
    if (!targets.isEmpty() || priority.getAreaOfNeed() == null) {
      return targets;
    }
    return em.createQuery(AREA_COMPETENCES, Object[].class)
        .setParameter("need", priority.getAreaOfNeed())
        .setParameter("schoolId", priority.getSchool().getId())
        .getResultList();
  }

  private List<ImpactChain.Use> uses(List<Long> recordIds) {
    List<ImpactChain.Use> uses = new ArrayList<>();
    if (recordIds.isEmpty()) {
      return uses;
    }
    for (List<Long> chunk : chunks(recordIds)) {
      for (Object[] r :
          em.createQuery(USES, Object[].class).setParameter("records", chunk).getResultList()) {
        Instant answered = (Instant) r[2];
        uses.add(
            new ImpactChain.Use(
                (LocalDate) r[0],
                (FollowUpStage) r[1],
                answered == null ? null : LocalDate.ofInstant(answered, zone)));
      }
    }
    return uses;
  }

  /** IN lists of at most 500 ids, which every database takes. */
  private static List<List<Long>> chunks(List<Long> ids) {
    List<List<Long>> chunks = new ArrayList<>();
    List<Long> distinct = List.copyOf(Set.copyOf(ids));
    for (int i = 0; i < distinct.size(); i += 500) {
      chunks.add(distinct.subList(i, Math.min(distinct.size(), i + 500)));
    }
    return chunks;
  }
}
