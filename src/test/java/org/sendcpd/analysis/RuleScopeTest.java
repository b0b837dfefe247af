package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleScopeTest {

  private static Person in(long id, String team) {
    return new Person(id, 1, "P" + id, "TA", team, 1.0, null, null);
  }

  @Test
  void scopeEqualToTheTeamIgnoringCase() {
    assertTrue(RuleScope.names("year 2", "Year 2"));
    assertTrue(RuleScope.names("  EYFS ", "eyfs"));
  }

  @Test
  void scopeContainingTheTeamAsAWholePhrase() {
    assertTrue(RuleScope.names("Protocol P3 (Year 2)", "Year 2"));
    assertTrue(RuleScope.names("Residential trip: Year 6 and staff", "year 6"));
  }

  @Test
  void partOfAWordOrNumberIsNotTheTeam() {
    assertFalse(RuleScope.names("Protocol P3 (Year 20)", "Year 2"));
    assertFalse(RuleScope.names("Year 2B", "Year 2"));
    assertFalse(RuleScope.names("Year 2", "Year 2B"));
    assertFalse(RuleScope.names("Whole school", null));
    assertFalse(RuleScope.names(null, "Year 2"));
  }

  @Test
  void namedTeamsAreInScope() {
    List<Person> people = List.of(in(1, "Year 2"), in(2, "year 2"), in(3, "Year 3"), in(4, null));
    assertEquals(
        List.of(1L, 2L),
        RuleScope.inScope("Year 2 and trips", people).stream().map(Person::id).toList());
  }

  @Test
  void scopeNamingNoTeamCoversEveryone() {
    List<Person> people = List.of(in(1, "Year 2"), in(2, null));
    assertEquals(people, RuleScope.inScope("Whole school", people));
    assertEquals(people, RuleScope.inScope("", people));
    assertEquals(people, RuleScope.inScope(null, people));
  }
}
