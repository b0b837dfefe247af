package org.sendcpd.gaps.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.analysis.ConfidenceCheck;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.Person;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * The rows of the gap matrix a request asks for, person by person in the matrix's order. Without a
 * status filter every person in post counts (also one with no rows); with one, only the people who
 * have at least one row of a wanted status, and of them only those rows.
 */
final class GapRows {

  private final SchoolAnalysis analysis;
  private final ConfidenceCheck confidence;
  private final GapStatusFilter filter;
  private final List<Person> people;
  private final Map<Long, List<GapCell>> kept = new LinkedHashMap<>();

  GapRows(
      SchoolAnalysis analysis,
      ConfidenceCheck confidence,
      List<Person> inPost,
      GapStatusFilter filter) {
    this.analysis = analysis;
    this.confidence = confidence;
    this.filter = filter;
    if (filter.keepsEvery()) {
      this.people = inPost;
    } else {
      for (Person p : inPost) {
        List<GapCell> cells = analysis.gapsOf(p.id()).stream().filter(filter::keeps).toList();
        if (!cells.isEmpty()) {
          kept.put(p.id(), cells);
        }
      }
      this.people = inPost.stream().filter(p -> kept.containsKey(p.id())).toList();
    }
  }

  /** The people the answer counts and pages through. */
  List<Person> people() {
    return people;
  }

  /** A person's rows with the courses that close each gap. */
  List<GapJson> of(Person person) {
    List<GapCell> cells =
        filter.keepsEvery()
            ? analysis.gapsOf(person.id())
            : kept.getOrDefault(person.id(), List.of());
    return cells.stream()
        .map(
            cell ->
                GapJson.of(
                    analysis,
                    cell,
                    cell.status() == GapStatus.MET || cell.status() == GapStatus.NOT_REQUIRED
                        ? List.of()
                        : analysis.howToClose(cell),
                    confidence.confidenceOf(cell)))
        .toList();
  }

  /**
   * Every person's rows written as JSON while they are worked out, person by person, so the memory
   * a whole school's answer takes does not grow with the school; in the compact form the courses
   * and bookings met follow the rows.
   */
  StreamingOutput streamed(boolean compact, Jsonb json) {
    return out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      CompactGaps compacted = new CompactGaps();
      writer.write(compact ? "{\"rows\":[" : "[");
      boolean first = true;
      for (Person p : people) {
        for (GapJson row : of(p)) {
          if (!first) {
            writer.write(',');
          }
          writer.write(json.toJson(compact ? compacted.add(row) : row));
          first = false;
        }
      }
      writer.write(']');
      if (compact) {
        writer.write(",\"courses\":");
        writer.write(json.toJson(compacted.courses()));
        writer.write(",\"bookings\":");
        writer.write(json.toJson(compacted.bookings()));
        writer.write('}');
      }
      writer.flush();
    };
  }
}
