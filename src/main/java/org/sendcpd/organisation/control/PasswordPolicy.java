package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * What a new password must be, after NIST SP 800-63B and OWASP ASVS 2.1: at least 12 and at most
 * 128 characters of any kind (spaces and any script count, one per character), not one of the
 * 100,000 most common passwords, not such a password with only digits or symbols around it ({@code
 * Password123!}), not the same few characters repeated, and never containing the username. No rules
 * about mixing character classes: length and the list do more, and people keep to them.
 */
@ApplicationScoped
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  static final int MIN_DISTINCT = 5;

  private volatile CommonPasswords common;

  /**
   * The password, or a refusal saying in plain words what is wrong with it, naming the input {@code
   * field} it came in (for the API's details).
   */
  public String checked(String field, String username, String password) {
    problem(username, password)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(
                  problem, List.of(Map.of("field", field, "message", problem)));
            });
    return password;
  }

  /** What is wrong with the password for this username, if anything. */
  public Optional<String> problem(String username, String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Give a password of at least " + MIN_LENGTH + " characters");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(
          "The password must have at least " + MIN_LENGTH + " characters; this one has " + length);
    }
    if (length > MAX_LENGTH) {
      return Optional.of(
          "The password must have at most " + MAX_LENGTH + " characters; this one has " + length);
    }
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    if (!name.isEmpty() && password.toLowerCase(Locale.ROOT).contains(name)) {
      return Optional.of("The password must not contain the username");
    }
    if (password.codePoints().distinct().count() < MIN_DISTINCT) {
      return Optional.of(
          "The password repeats the same few characters; use at least "
              + MIN_DISTINCT
              + " different ones");
    }
    if (common().contains(password)) {
      return Optional.of(
          "This password is one of the 100,000 most common passwords, the first that attackers"
              + " try; choose another");
    }
    String core = withoutDigitsAndSymbolsAround(password);
    if (!core.isEmpty() && !core.equals(password) && common().contains(core)) {
      return Optional.of(
          "This password is a common password with digits or symbols added, which attackers try"
              + " early; choose another");
    }
    return Optional.empty();
  }

  /** {@code Password123!} becomes {@code Password}; letters inside are kept. */
  static String withoutDigitsAndSymbolsAround(String password) {
    int start = 0;
    int end = password.length();
    while (start < end && !Character.isLetter(password.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(password.charAt(end - 1))) {
      end--;
    }
    return password.substring(start, end);
  }

  private CommonPasswords common() {
    CommonPasswords list = common;
    if (list == null) {
      list = CommonPasswords.load();
      common = list;
    }
    return list;
  }
}
