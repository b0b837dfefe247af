package org.sendcpd.organisation.control;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One person's data gathered for "Download my data": fired as a CDI event so that each component
 * that keeps something of theirs (training, appraisal, notifications) adds its own section and
 * files, and organisation never depends on those components.
 */
public final class PersonalData {

  private final Long staffId;
  private final Map<String, Object> sections = new LinkedHashMap<>();
  private final Map<String, Path> files = new LinkedHashMap<>();

  public PersonalData(Long staffId) {
    this.staffId = staffId;
  }

  /** The person's staff record; empty for an account without one (an administrator). */
  public Optional<Long> staffId() {
    return Optional.ofNullable(staffId);
  }

  /** A named part of the JSON: records, lists and maps of plain values. */
  public void add(String section, Object data) {
    sections.put(section, data);
  }

  /** A file to include under the given path inside the zip. */
  public void addFile(String pathInZip, Path file) {
    files.put(pathInZip, file);
  }

  public Map<String, Object> sections() {
    return Collections.unmodifiableMap(sections);
  }

  public Map<String, Path> files() {
    return Collections.unmodifiableMap(files);
  }
}
