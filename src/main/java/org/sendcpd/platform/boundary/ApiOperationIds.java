package org.sendcpd.platform.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;

/**
 * Operation ids a generated client can use as method names: unique, and saying what they act on.
 * Payara takes the Java method's name, so ten resources give ten {@code list}s. A one-word name
 * gets its subject from the path: {@code list} on /api/courses is {@code listCourses}, {@code
 * create} there {@code createCourse}, {@code read} on /api/courses/{id} {@code readCourse}, {@code
 * unlock} on /api/accounts/{id}/unlock {@code unlockAccount}. A name of several words (an explicit
 * {@code @Operation(operationId = ...)} or a method such as {@code changePassword}) is kept, unless
 * another operation has it too: then each of them gets its subject as well.
 */
final class ApiOperationIds {

  private record Named(String path, HttpMethod verb, Operation op) {}

  private ApiOperationIds() {}

  static void assign(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    List<Named> all = new ArrayList<>();
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations().forEach((verb, op) -> all.add(new Named(path, verb, op))));
    Map<String, Integer> uses = new HashMap<>();
    for (Named named : all) {
      String id = named.op().getOperationId();
      if (id == null || id.isBlank()) {
        id = named.verb().name().toLowerCase(Locale.ROOT);
      }
      if (id.chars().noneMatch(Character::isUpperCase)) {
        id = id + subject(named.path(), named.verb(), id);
      }
      named.op().setOperationId(id);
      uses.merge(id, 1, Integer::sum);
    }
    for (Named named : all) {
      String id = named.op().getOperationId();
      if (uses.get(id) > 1) {
        named.op().setOperationId(id + subject(named.path(), named.verb(), id));
      }
    }
  }

  /**
   * The path's words after /api, each named segment singular where a parameter picks one of them,
   * and singular at the end for anything but reading a list; words the method name has already
   * (unlock on .../unlock) are left out, and /me reads "My".
   */
  static String subject(String path, HttpMethod verb, String method) {
    String[] segments = path.replaceFirst("^/?api/", "").split("/");
    StringBuilder subject = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty() || segment.startsWith("{")) {
        continue;
      }
      boolean last = i == segments.length - 1;
      boolean picked = !last && segments[i + 1].startsWith("{");
      String word = pascal(segment);
      if (method.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (word.equals("Me")) {
        word = "My";
      } else if (picked || (last && verb != HttpMethod.GET)) {
        word = singular(word);
      }
      subject.append(word);
    }
    return subject.toString();
  }

  private static String pascal(String segment) {
    StringBuilder word = new StringBuilder();
    for (String part : segment.replaceAll("[^A-Za-z0-9-]", "").split("-")) {
      if (!part.isEmpty()) {
        word.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return word.toString();
  }

  static String singular(String word) {
    if (word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
