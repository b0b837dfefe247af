package org.sendcpd.selfreview.control;

import static org.sendcpd.organisation.entity.SecurityRole.HEAD;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendcpd.appraisal.control.DevelopmentPlans;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.selfreview.entity.Placement;
import org.sendcpd.selfreview.entity.QuestionnaireTally;
import org.sendcpd.selfreview.entity.ReviewElement;
import org.sendcpd.selfreview.entity.SelfReview;

/**
 * A school's self-review of a year: read by those who see the school (its SENCO and head, trust
 * leads, administrators), placed only by the school's own SENCO and head. Saving replaces every
 * placement at once and is checked whole first, so a bad request changes nothing; the first save of
 * a year opens the staff questionnaire too.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class SelfReviews {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject AuditLog audit;
  @Inject DevelopmentPlans plans;
  Clock clock = Clock.systemDefaultZone();

  /** The year screens open on: the development plan's, so the review and the SWOT agree. */
  public String currentYear(long schoolId) {
    return plans.currentYear(schoolId, LocalDate.now(clock));
  }

  public boolean mayLead(long schoolId) {
    return caller.hasAny(SENCO, HEAD) && Objects.equals(caller.schoolId().orElse(null), schoolId);
  }

  public void requireRead(long schoolId) {
    access.requireSchool(schoolId);
  }

  public Optional<SelfReview> find(long schoolId, String year) {
    requireRead(schoolId);
    return review(schoolId, ReviewYears.require(year));
  }

  /** The review without the access check, for the questionnaire of the caller's own school. */
  Optional<SelfReview> review(long schoolId, String year) {
    return em.createNamedQuery(SelfReview.FIND_BY_SCHOOL_AND_YEAR, SelfReview.class)
        .setParameter("schoolId", schoolId)
        .setParameter("academicYear", year)
        .getResultStream()
        .findFirst();
  }

  public SelfReview save(long schoolId, String year, List<PlacementDraft> drafts) {
    if (!mayLead(schoolId)) {
      throw access.refuse(
          "SelfReview",
          null,
          "The self-review is placed by the school's own SENCO and head; others may read it.");
    }
    ReviewYears.require(year);
    List<Placement> placements = checked(drafts);
    School school = em.find(School.class, schoolId);
    if (school == null) {
      throw new InvalidInputException("There is no school " + schoolId);
    }
    SelfReview review = review(schoolId, year).orElseGet(() -> opened(school, year));
    review.place(placements, caller.username(), clock.instant());
    em.flush();
    audit.record(caller.username(), "SELF_REVIEW_SAVED", "SelfReview", review.getId(), year);
    return review;
  }

  private SelfReview opened(School school, String year) {
    SelfReview review = new SelfReview(school, year);
    em.persist(review);
    em.flush();
    for (ReviewElement element : ReviewElement.values()) {
      for (int p = ReviewElement.FIRST; p <= ReviewElement.LAST; p++) {
        em.persist(new QuestionnaireTally(review.getId(), element, p));
      }
    }
    return review;
  }

  /** Every placement checked, each problem named by its field; nothing is saved on any. */
  static List<Placement> checked(List<PlacementDraft> drafts) {
    if (drafts == null) {
      throw new InvalidInputException(
          "Send the elements: {\"elements\": [{\"element\", \"position\", \"evidence\"}]}",
          List.of(Map.of("field", "elements", "message", "give the list of elements")));
    }
    List<Map<String, String>> problems = new ArrayList<>();
    Set<ReviewElement> seen = EnumSet.noneOf(ReviewElement.class);
    List<Placement> placements = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      PlacementDraft d = drafts.get(i);
      String at = "elements[" + i + "].";
      if (d == null || d.element() == null) {
        problems.add(Map.of("field", at + "element", "message", "name the element"));
        continue;
      }
      if (!seen.add(d.element())) {
        problems.add(Map.of("field", at + "element", "message", d.element() + " appears twice"));
      }
      Integer p = d.position();
      if (p == null || p < ReviewElement.FIRST || p > ReviewElement.LAST) {
        problems.add(
            Map.of("field", at + "position", "message", "1 (bolted-on) to 4 (whole-school)"));
      }
      String evidence =
          d.evidence() == null || d.evidence().isBlank() ? null : d.evidence().strip();
      if (evidence != null && evidence.length() > Placement.EVIDENCE_MAX) {
        problems.add(
            Map.of(
                "field",
                at + "evidence",
                "message",
                "at most " + Placement.EVIDENCE_MAX + " characters"));
      }
      if (problems.isEmpty()) {
        placements.add(new Placement(d.element(), p, evidence));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Some elements are not valid; nothing was saved", problems);
    }
    return placements;
  }
}
