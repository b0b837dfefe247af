package org.sendcpd.platform.control;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.util.Set;

/**
 * Notes which schools a row belongs to as it is written, inside the transaction where its relations
 * can still be read, for {@link DataVersion} to count when the transaction commits.
 */
public class SchoolChanges {

  @PrePersist
  @PreUpdate
  @PreRemove
  void written(Object row) {
    if (row instanceof SchoolData data) {
      DataVersion.written(schoolsOf(data));
    }
  }

  /** A row whose school cannot be read yet (half built) counts for every school. */
  private static Set<Long> schoolsOf(SchoolData data) {
    try {
      return data.readBySchools();
    } catch (RuntimeException notKnown) {
      return Set.of();
    }
  }
}
