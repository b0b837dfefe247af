package org.sendcpd.workforce.control;

import java.util.Arrays;
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

  // Looked up for every row read (millions at a network's size): a few schools in an array, no
  // boxing, and the school of the row before tried first since rows mostly come a school at a time.
  private final long[] schoolIds;
  private final WorkforceParts[] parts;
  private final WorkforceParts whole;
  private int last;

  private WorkforceBatch(long[] schoolIds, WorkforceParts[] parts, WorkforceParts whole) {
    this.schoolIds = schoolIds;
    this.parts = parts;
    this.whole = whole;
  }

  /** A part for each school, in the order given. */
  static WorkforceBatch of(List<Long> schoolIds) {
    long[] ids = schoolIds.stream().mapToLong(Long::longValue).toArray();
    WorkforceParts[] parts = new WorkforceParts[ids.length];
    Arrays.setAll(parts, i -> new WorkforceParts());
    return new WorkforceBatch(ids, parts, null);
  }

  /** One part for every row of the trust. */
  static WorkforceBatch whole() {
    return new WorkforceBatch(new long[0], new WorkforceParts[0], new WorkforceParts());
  }

  /** The part of the school a row belongs to. */
  public WorkforceParts of(long schoolId) {
    if (whole != null) {
      return whole;
    }
    if (last < schoolIds.length && schoolIds[last] == schoolId) {
      return parts[last];
    }
    for (int i = 0; i < schoolIds.length; i++) {
      if (schoolIds[i] == schoolId) {
        last = i;
        return parts[i];
      }
    }
    throw new IllegalStateException("a row of school " + schoolId + ", not read in this batch");
  }

  /** Adds a row every school reads to each school's part. */
  public void toEvery(Consumer<WorkforceParts> add) {
    if (whole != null) {
      add.accept(whole);
    } else {
      Arrays.asList(parts).forEach(add);
    }
  }

  /** Each school's part, in the order the schools were given. */
  Map<Long, WorkforceParts> bySchool() {
    Map<Long, WorkforceParts> bySchool = new LinkedHashMap<>();
    for (int i = 0; i < schoolIds.length; i++) {
      bySchool.put(schoolIds[i], parts[i]);
    }
    return bySchool;
  }

  WorkforceParts wholePart() {
    return whole;
  }
}
