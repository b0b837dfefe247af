package org.sendcpd.framework.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import org.sendcpd.platform.control.InvalidInputException;

/** A framework as a file to download: JSON, or one of the two CSV files, with a clear file name. */
public record FrameworkExport(String content, String mediaType, String fileName) {

  public static FrameworkExport of(FrameworkDocument document, String format, String part) {
    String base = slug(document.name() + "-" + document.version());
    switch (format.toLowerCase(Locale.ROOT)) {
      case "json":
        return new FrameworkExport(json(document), "application/json", base + ".json");
      case "csv":
        return switch (part.toLowerCase(Locale.ROOT)) {
          case "competences" ->
              new FrameworkExport(
                  FrameworkCsvWriter.competences(document),
                  "text/csv; charset=UTF-8",
                  base + "-competences.csv");
          case "requirements" ->
              new FrameworkExport(
                  FrameworkCsvWriter.requirements(document),
                  "text/csv; charset=UTF-8",
                  base + "-requirements.csv");
          default ->
              throw new InvalidInputException(
                  "part must be competences or requirements", java.util.List.of("part: " + part));
        };
      default:
        throw new InvalidInputException(
            "format must be json or csv", java.util.List.of("format: " + format));
    }
  }

  /**
   * The JSON exchange format, fields in the order of DESIGN.md; a cross-cutting area has no
   * areaOfNeed.
   */
  static String json(FrameworkDocument document) {
    JsonObjectBuilder root = Json.createObjectBuilder();
    root.add("name", document.name()).add("version", document.version());
    if (document.source() != null) {
      root.add("source", document.source());
    }
    JsonArrayBuilder levels = Json.createArrayBuilder();
    document
        .levels()
        .forEach(
            l ->
                levels.add(Json.createObjectBuilder().add("rank", l.rank()).add("name", l.name())));
    JsonArrayBuilder areas = Json.createArrayBuilder();
    for (FrameworkDocument.AreaDoc a : document.areas()) {
      JsonObjectBuilder area =
          Json.createObjectBuilder().add("code", a.code()).add("name", a.name());
      if (a.areaOfNeed() != null) {
        area.add("areaOfNeed", a.areaOfNeed().name());
      }
      JsonArrayBuilder competences = Json.createArrayBuilder();
      a.competences()
          .forEach(
              c ->
                  competences.add(
                      Json.createObjectBuilder()
                          .add("code", c.code())
                          .add("statement", c.statement())));
      areas.add(area.add("competences", competences));
    }
    JsonArrayBuilder requirements = Json.createArrayBuilder();
    document
        .requirements()
        .forEach(
            r ->
                requirements.add(
                    Json.createObjectBuilder()
                        .add("jobRole", r.jobRole().name())
                        .add("competenceCode", r.competenceCode())
                        .add("level", r.level())));
    return root.add("levels", levels)
        .add("areas", areas)
        .add("requirements", requirements)
        .build()
        .toString();
  }

  /** A file name anyone can type: lower case letters, digits, dots and dashes. */
  static String slug(String text) {
    String slug =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "framework" : slug;
  }
}
