package org.sendcpd.gaps.control;

import static org.sendcpd.organisation.entity.SecurityRole.HEAD;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.Person;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.outreach.control.OutreachOffers;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.workforce.control.AnalysisView;
import org.sendcpd.workforce.control.TrustAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * Who holds a competence at a level or above on a date, so one school can ask another for support.
 * Trust leads and administrators see every holder of the trust in full. A SENCO or head sees their
 * own school's holders in full and, of the other schools, only those who offered to be found for
 * outreach, and of them only what a request needs: name, role, school and level held (the staff id
 * is the address a request is sent to). Nobody else may search. The level defaults to the top of
 * the competence's ladder (specialist in the SEND framework).
 */
@ApplicationScoped
public class ExpertiseSearch {

  @Inject WorkforceAnalyses gaps;
  @Inject StaffService staff;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject OutreachOffers offers;

  /** What every find shows: who, in which role and school, at which level. */
  public sealed interface Found extends Serializable permits Holder, Colleague {
    long staffId();

    String name();

    String jobRole();

    String schoolName();

    int level();

    String levelName();
  }

  /**
   * A holder of another school who offered to be found for outreach, as a SENCO or head of another
   * school sees them: no more than this.
   */
  public record Colleague(
      long staffId, String name, String jobRole, String schoolName, int level, String levelName)
      implements Found {}

  /** One holder, with the names a reader needs; jobRole is the JobRole's name. */
  public record Holder(
      long staffId,
      String name,
      String jobRole,
      long schoolId,
      String schoolName,
      int level,
      String levelName,
      LocalDate expiresOn)
      implements Found {}

  /** A competence to search for, with its ladder's level names (lowest first). */
  public record Competence(String code, String statement, List<String> levelNames)
      implements Serializable {}

  /** Every competence of the frameworks, in their order, for those who may search. */
  public List<Competence> competences() {
    if (!gaps.seesTrust()) {
      ownSchool();
    }
    return gaps.competences().stream()
        .map(c -> new Competence(c.code(), c.statement(), List.copyOf(c.levelNames())))
        .toList();
  }

  /** The level is a rank (1 = lowest) or a level name such as "specialist"; null: the top. */
  public List<Holder> find(String competenceCode, String level, LocalDate date) {
    AnalysisView analysis = scope(date);
    CompetenceRef competence = competence(analysis, competenceCode);
    int min = minimum(competence, level);
    Map<Long, String> schools =
        staff.schools().stream().collect(Collectors.toMap(School::getId, School::getName));
    return analysis.holders(competence.id(), min).stream()
        .map(
            e -> {
              Person p = analysis.person(e.staffId());
              return new Holder(
                  p.id(),
                  p.name(),
                  p.jobRole(),
                  p.schoolId(),
                  schools.get(p.schoolId()),
                  e.level(),
                  competence.levelName(e.level()),
                  e.expiresOn());
            })
        .toList();
  }

  /**
   * The finds a caller may see: for trust-wide roles everyone in full ({@link #find}); for a SENCO
   * or head their own school in full, then the other schools' opted-in holders as {@link
   * Colleague}s.
   */
  public List<Found> search(String competenceCode, String level, LocalDate date) {
    if (gaps.seesTrust()) {
      return List.copyOf(find(competenceCode, level, date));
    }
    long own = ownSchool();
    TrustAnalysis analysis = gaps.trustForSearch(date);
    CompetenceRef competence = competence(analysis, competenceCode);
    int min = minimum(competence, level);
    Set<Long> offered = offers.availableIds();
    Map<Long, String> schools =
        staff.schools().stream().collect(Collectors.toMap(School::getId, School::getName));
    List<Found> found = new ArrayList<>();
    for (var e : analysis.holders(competence.id(), min)) {
      Person p = analysis.person(e.staffId());
      String levelName = competence.levelName(e.level());
      if (p.schoolId() == own) {
        found.add(
            new Holder(
                p.id(),
                p.name(),
                p.jobRole(),
                own,
                schools.get(own),
                e.level(),
                levelName,
                e.expiresOn()));
      } else if (offered.contains(p.id())) {
        found.add(
            new Colleague(
                p.id(), p.name(), p.jobRole(), schools.get(p.schoolId()), e.level(), levelName));
      }
    }
    // own school first, then the others as the engine orders them (level, school, name)
    found.sort(Comparator.comparing(f -> f instanceof Colleague));
    return found;
  }

  /** The whole trust, or the caller's own school for a SENCO or head. */
  private AnalysisView scope(LocalDate date) {
    return gaps.seesTrust() ? gaps.trust(date) : gaps.school(ownSchool(), date);
  }

  /** The school of a SENCO or head; anyone else is refused. */
  private long ownSchool() {
    Long own = caller.schoolId().orElse(null);
    if (own == null || !caller.hasAny(SENCO, HEAD)) {
      throw access.deny("School", own, "expertise search");
    }
    return own;
  }

  private static int minimum(CompetenceRef competence, String level) {
    List<String> names = competence.levelNames();
    int top = Math.max(1, names.size());
    if (level == null || level.isBlank()) {
      return top;
    }
    for (int rank = 1; rank <= names.size(); rank++) {
      if (names.get(rank - 1).equalsIgnoreCase(level.trim()) || level.trim().equals("" + rank)) {
        return rank;
      }
    }
    throw new InvalidInputException(
        "level '" + level + "' is not one of " + competence.code() + "'s levels " + names);
  }

  private static CompetenceRef competence(AnalysisView analysis, String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("Name the competence with competenceCode, e.g. CI-03");
    }
    return analysis.competences().stream()
        .filter(c -> c.code().equalsIgnoreCase(code.trim()))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("There is no competence '" + code + "'"));
  }
}
