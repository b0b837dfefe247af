package org.sendcpd.workforce.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the rows of one load go: each school of a batch has its own part, and a row is added to the
 * part of the school it belongs to, so that schools read together come out exactly as if each had
 * been read alone. Rows every school reads (the trust's courses, sessions open to the trust) go to
 * every part. Read whole, the trust is one part that takes every row.
 */
public final class WorkforceBatch {

  private final Map<Long, WorkforceParts> bySchool;
  private final WorkforceParts whole;

  private WorkforceBatch(Map<Long, WorkforceParts> bySchool, WorkforceParts whole) {
    this.bySchool = bySchool;
    this.whole = whole;
  }

  /** A part for each school, in the order given. */
  static WorkforceBatch of(List<Long> schoolIds) {
    Map<Long, WorkforceParts> parts = new LinkedHashMap<>();
    schoolIds.forEach(id -> parts.put(id, new WorkforceParts()));
    return new WorkforceBatch(parts, null);
  }

  /** One part for every row of the trust. */
  static WorkforceBatch whole() {
    return new WorkforceBatch(Map.of(), new WorkforceParts());
  }

  /** The part of the school a row belongs to. */
  public WorkforceParts of(long schoolId) {
    if (whole != null) {
      return whole;
    }
    WorkforceParts parts = bySchool.get(schoolId);
    if (parts == null) {
      throw new IllegalStateException("a row of school " + schoolId + ", not read in this batch");
    }
    return parts;
  }

  /** Adds a row every school reads to each school's part. */
  public void toEvery(Consumer<WorkforceParts> add) {
    if (whole != null) {
      add.accept(whole);
    } else {
      bySchool.values().forEach(add);
    }
  }

  Map<Long, WorkforceParts> bySchool() {
    return bySchool;
  }

  WorkforceParts wholePart() {
    return whole;
  }
}
