package org.sendcpd.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendcpd.platform.control.InvalidInputException;

class PasswordPolicyTest {

  final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void theShippedListHoldsTheTopHundredThousand() {
    CommonPasswords list = CommonPasswords.load();
    assertTrue(list.size() > 95_000, "entries: " + list.size());
    assertTrue(list.contains("qwerty"));
    assertTrue(list.contains("PASSWORD"), "any case");
  }

  @Test
  void twelveCharactersAreEnoughAndElevenAreNot() {
    assertEquals(Optional.empty(), policy.problem("sam", "tulip-harbour"));
    assertEquals(Optional.empty(), policy.problem("sam", "kettle-mint7"));
    assertTrue(policy.problem("sam", "kettle-mint").orElseThrow().contains("at least 12"));
  }

  @Test
  void charactersAreCountedAsPeopleSeeThem() {
    // eleven letters of which two lie outside the Basic Multilingual Plane: eleven, not thirteen
    String eleven = "gartenzwer\uD83C\uDF37";
    assertTrue(policy.problem("sam", eleven).orElseThrow().contains("this one has 11"));
    assertEquals(Optional.empty(), policy.problem("sam", "åpen dør på kaia"));
  }

  @Test
  void moreThan128CharactersAreRefused() {
    String long128 = "correct horse battery staple ".repeat(5).substring(0, 128);
    assertEquals(Optional.empty(), policy.problem("sam", long128));
    assertTrue(policy.problem("sam", long128 + "x").orElseThrow().contains("at most 128"));
  }

  @Test
  void commonPasswordsAreRefusedAlsoWithDigitsOrSymbolsAround() {
    assertTrue(policy.problem("sam", "1qaz2wsx3edc").orElseThrow().contains("most common"));
    assertTrue(policy.problem("sam", "password1234").orElseThrow().contains("most common"));
    assertTrue(policy.problem("sam", "Password123!").orElseThrow().contains("digits or symbols"));
    assertTrue(policy.problem("sam", "!!Sunshine2026").orElseThrow().contains("common password"));
  }

  @Test
  void thePasswordMustNotContainTheUsername() {
    assertEquals(
        "The password must not contain the username",
        policy.problem("ellie.robinson", "my-Ellie.Robinson-2026").orElseThrow());
  }

  @Test
  void aFewCharactersRepeatedAreRefused() {
    assertTrue(policy.problem("sam", "abababababab").orElseThrow().contains("same few"));
  }

  @Test
  void checkedAnswersARefusalNamingThePassword() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> policy.checked("password", "sam", "short"));
    assertTrue(refused.getMessage().startsWith("The password must have at least 12"));
  }

  @Test
  void theDemoAndTestPasswordsComply() {
    assertEquals(Optional.empty(), policy.problem("eleanor.shah", "oakfield-demo"));
    assertEquals(Optional.empty(), policy.problem("admin", "it-first-start-secret"));
  }
}
