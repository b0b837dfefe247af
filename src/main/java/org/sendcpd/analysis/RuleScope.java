package org.sendcpd.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a coverage rule's free-text scope covers. The school's teams are the distinct non-blank teams
 * of all its people, leavers included (so a scope does not silently widen to the whole school when
 * a team's last member leaves). A team is named by the scope when the scope equals it or contains
 * it as a whole word or phrase, ignoring case: "Protocol P3 (Year 2)" names "Year 2" but neither
 * "Year 20" nor "Year". When the scope names at least one team, the people of those teams are in
 * scope; when it names none (e.g. "Whole school", or blank), every adult of the school is.
 */
final class RuleScope {

  private RuleScope() {}

  static List<Person> inScope(String scope, List<Person> schoolPeople) {
    Set<String> teams = new LinkedHashSet<>();
    for (Person p : schoolPeople) {
      teams.add(normalised(p.team()));
    }
    Set<String> named = new HashSet<>();
    for (String team : teams) {
      if (names(scope, team)) {
        named.add(team);
      }
    }
    if (named.isEmpty()) {
      return schoolPeople;
    }
    List<Person> people = new ArrayList<>();
    for (Person p : schoolPeople) {
      if (named.contains(normalised(p.team()))) {
        people.add(p);
      }
    }
    return people;
  }

  /** Whether the scope names the team: equal, or containing it as a whole word or phrase. */
  static boolean names(String scope, String team) {
    String s = normalised(scope);
    String t = normalised(team);
    if (s.isEmpty() || t.isEmpty()) {
      return false;
    }
    if (s.equals(t)) {
      return true;
    }
    Pattern whole =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}])");
    return whole.matcher(s).find();
  }

  private static String normalised(String text) {
    return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
