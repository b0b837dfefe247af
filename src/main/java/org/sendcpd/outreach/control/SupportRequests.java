package org.sendcpd.outreach.control;

import static org.sendcpd.organisation.entity.SecurityRole.HEAD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.CompetenceLevel;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.Anonymisation;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.outreach.entity.SupportRequest;
import org.sendcpd.outreach.entity.SupportStatus;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.workforce.control.TrustAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * Requests for support between the schools of the trust. A SENCO or head asks a colleague of
 * another school who offered outreach and holds the competence at the level asked; the request goes
 * to the colleague and their head. The colleague's head accepts or declines (the colleague may
 * accept themselves, saying their head agreed); accepting plans the session ({@link
 * SupportSessions}). Every step is audited and notified.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class SupportRequests {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject StaffService staff;
  @Inject OutreachOffers offers;
  @Inject WorkforceAnalyses analyses;
  @Inject SupportSessions sessions;
  @Inject Event<SupportEvents.Requested> requested;
  @Inject Event<SupportEvents.Answered> answered;
  @Inject AuditLog audit;
  Clock clock = Clock.systemDefaultZone();

  /**
   * The requests the caller deals with: a SENCO's or head's school made or received, plus any
   * addressed to the caller; trust leads see them all. Newest first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SupportRequest> visible() {
    if (access.maySeeAllSchools()) {
      return em.createQuery(
              "SELECT r FROM SupportRequest r ORDER BY r.createdAt DESC, r.id DESC",
              SupportRequest.class)
          .getResultList();
    }
    Map<Long, SupportRequest> seen = new LinkedHashMap<>();
    if (access.runsASchool()) {
      em.createNamedQuery(SupportRequest.FIND_FOR_SCHOOL, SupportRequest.class)
          .setParameter("schoolId", caller.schoolId().orElseThrow())
          .getResultList()
          .forEach(r -> seen.put(r.getId(), r));
    }
    caller
        .staffId()
        .ifPresent(
            me ->
                em.createNamedQuery(SupportRequest.FIND_TO_STAFF, SupportRequest.class)
                    .setParameter("staffId", me)
                    .getResultList()
                    .forEach(r -> seen.putIfAbsent(r.getId(), r)));
    List<SupportRequest> all = new ArrayList<>(seen.values());
    all.sort(
        (a, b) ->
            a.getCreatedAt().equals(b.getCreatedAt())
                ? Long.compare(b.getId(), a.getId())
                : b.getCreatedAt().compareTo(a.getCreatedAt()));
    return all;
  }

  /** Requests to the caller's school's staff still waiting, for a head's or SENCO's menu. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long waitingForMySchool() {
    if (!access.runsASchool()) {
      return 0;
    }
    return em.createNamedQuery(SupportRequest.COUNT_WAITING_FOR_SCHOOL, Long.class)
        .setParameter("schoolId", caller.schoolId().orElseThrow())
        .getSingleResult();
  }

  public SupportRequest create(RequestDraft draft) {
    if (!access.runsASchool()) {
      throw access.refuse(
          "SupportRequest", null, "Only a school's SENCO or head asks another school for support.");
    }
    long ownSchool = caller.schoolId().orElseThrow();
    LocalDate today = LocalDate.now(clock);
    RequestChecks.request(draft, today);
    StaffMember holder = staff.find(draft.toStaffId()).orElse(null);
    if (holder == null
        || !holder.isInPostOn(today)
        || holder.getSchool().getId() == ownSchool
        || !offers.isAvailable(holder.getId())) {
      throw invalid(
          "toStaffId",
          holder != null && holder.getSchool().getId() == ownSchool
              ? "works at your own school: plan an in-house session with them instead"
              : "staffId " + draft.toStaffId() + " is not a colleague available for outreach");
    }
    TrustAnalysis trust = analyses.trustForSearch(today);
    CompetenceRef ref = competence(trust, draft.competenceCode());
    if (draft.level() > Math.max(1, ref.levelNames().size())) {
      throw invalid("level", "is not on " + ref.code() + "'s ladder " + ref.levelNames());
    }
    boolean holds =
        trust.holders(ref.id(), draft.level()).stream()
            .anyMatch(e -> e.staffId() == holder.getId());
    if (!holds) {
      throw invalid(
          "toStaffId",
          holder.getFullName()
              + " does not hold "
              + ref.code()
              + " at "
              + ref.levelName(draft.level())
              + " or above");
    }
    Competence competence = em.find(Competence.class, ref.id());
    SupportRequest request =
        new SupportRequest(
            staff.school(ownSchool),
            caller.username(),
            holder,
            new CompetenceLevel(competence, draft.level()),
            blankToNull(draft.message()),
            draft.preferredDates(),
            clock.instant());
    em.persist(request);
    em.flush();
    audit.record(caller.username(), "SUPPORT_REQUESTED", "SupportRequest", request.getId(), null);
    requested.fire(
        new SupportEvents.Requested(
            request.getId(), headsOf(holder).stream().map(StaffMember::getId).toList()));
    return request;
  }

  public SupportRequest accept(long id, Acceptance acceptance) {
    SupportRequest request = waiting(id);
    requireMayDecide(request, acceptance != null && Boolean.TRUE.equals(acceptance.headAgreed()));
    RequestChecks.acceptance(acceptance, LocalDateTime.now(clock));
    var session = sessions.plan(request, acceptance);
    request.accept(caller.username(), clock.instant(), session, blankToNull(acceptance.note()));
    em.flush();
    audit.record(
        caller.username(),
        "SUPPORT_ACCEPTED",
        "SupportRequest",
        id,
        "session " + session.getId() + (isHolder(request) ? ", head agreed" : ""));
    answered.fire(new SupportEvents.Answered(request.getId()));
    return request;
  }

  public SupportRequest decline(long id, String reason) {
    SupportRequest request = waiting(id);
    requireMayDecide(request, true);
    String why = RequestChecks.reason(reason);
    request.decline(caller.username(), clock.instant(), why);
    em.flush();
    audit.record(caller.username(), "SUPPORT_DECLINED", "SupportRequest", id, null);
    answered.fire(new SupportEvents.Answered(request.getId()));
    return request;
  }

  /** Whether the caller may accept or decline: the holder's head, or the holder themselves. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean mayDecide(SupportRequest request) {
    return isHoldersHead(request) || isHolder(request);
  }

  /** The request, if the caller may see it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SupportRequest find(long id) {
    SupportRequest request = em.find(SupportRequest.class, id);
    if (request == null || !maySee(request)) {
      throw new InvalidInputException("There is no support request " + id + " of yours");
    }
    return request;
  }

  /** A leaver under the retention rule: what was written about them in requests goes. */
  void anonymise(@Observes Anonymisation leaver) {
    em.createNamedQuery(SupportRequest.FIND_TO_STAFF, SupportRequest.class)
        .setParameter("staffId", leaver.staffId())
        .getResultList()
        .forEach(SupportRequest::removeNotes);
  }

  private boolean maySee(SupportRequest request) {
    if (access.maySeeAllSchools() || isHolder(request)) {
      return true;
    }
    Long own = caller.schoolId().orElse(null);
    return access.runsASchool()
        && (Objects.equals(own, request.getFromSchool().getId())
            || Objects.equals(own, request.getToStaff().getSchool().getId()));
  }

  private SupportRequest waiting(long id) {
    SupportRequest request = find(id);
    em.lock(request, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(request);
    if (request.getStatus() != SupportStatus.REQUESTED) {
      throw new ConflictException(
          "This request was already " + request.getStatus().name().toLowerCase() + ".");
    }
    return request;
  }

  private void requireMayDecide(SupportRequest request, boolean headAgreed) {
    if (isHoldersHead(request)) {
      return;
    }
    if (isHolder(request) && headAgreed) {
      return;
    }
    String who = request.getToStaff().getFullName();
    throw access.refuse(
        "SupportRequest",
        request.getId(),
        isHolder(request)
            ? "Accept it once your head has agreed (headAgreed: true), or ask your head to."
            : "Only " + who + "'s head, or " + who + " with the head's agreement, answers it.");
  }

  private boolean isHoldersHead(SupportRequest request) {
    return caller.has(HEAD)
        && Objects.equals(caller.schoolId().orElse(null), request.getToStaff().getSchool().getId());
  }

  private boolean isHolder(SupportRequest request) {
    return Objects.equals(caller.staffId().orElse(null), request.getToStaff().getId());
  }

  private List<StaffMember> headsOf(StaffMember holder) {
    return em.createQuery(
            "SELECT a.staffMember FROM UserAccount a JOIN a.roles r"
                + " WHERE r = :head AND a.enabled = TRUE AND a.staffMember.school.id = :schoolId",
            StaffMember.class)
        .setParameter("head", HEAD)
        .setParameter("schoolId", holder.getSchool().getId())
        .getResultList();
  }

  private static CompetenceRef competence(TrustAnalysis analysis, String code) {
    return analysis.competences().stream()
        .filter(c -> c.code().equalsIgnoreCase(code.trim()))
        .findFirst()
        .orElseThrow(
            () -> invalid("competenceCode", "there is no competence '" + code.strip() + "'"));
  }

  static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(
        "Some fields are not valid", List.of(RequestChecks.problem(field, message)));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
