package org.sendcpd.organisation.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 100,000 passwords met most often in published breaches, one a line, lower case: the ranked
 * list that the nbvcxz library ships, taken out of its jar by the build (pom.xml, {@code
 * common-passwords}) so the list is versioned data, not text typed here.
 */
final class CommonPasswords {

  static final String RESOURCE = "common-passwords.txt";

  private final Set<String> passwords;

  private CommonPasswords(Set<String> passwords) {
    this.passwords = passwords;
  }

  static CommonPasswords load() {
    try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is missing from the build (the maven-dependency-plugin unpacks it)");
      }
      Set<String> set = new HashSet<>(150_000);
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          set.add(line.trim().toLowerCase(Locale.ROOT));
        }
      }
      return new CommonPasswords(Set.copyOf(set));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return passwords.size();
  }

  /** Whether the password, in any mix of upper and lower case, is on the list. */
  boolean contains(String password) {
    return passwords.contains(password.toLowerCase(Locale.ROOT));
  }
}
