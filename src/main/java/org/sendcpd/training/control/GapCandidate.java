package org.sendcpd.training.control;

import java.io.Serializable;
import java.util.List;

/**
 * A member of staff with a gap (or a lapse coming) that a session's course closes: the competences
 * concerned, by code.
 */
public record GapCandidate(
    long staffId, String name, String jobRole, String team, List<String> competenceCodes)
    implements Serializable {

  /** The competences as a person reads them in a list: "gaps in CL-03 and TS5-06". */
  public String getGapsInWords() {
    if (competenceCodes.isEmpty()) {
      return "";
    }
    if (competenceCodes.size() == 1) {
      return "gap in " + competenceCodes.get(0);
    }
    return "gaps in "
        + String.join(", ", competenceCodes.subList(0, competenceCodes.size() - 1))
        + " and "
        + competenceCodes.get(competenceCodes.size() - 1);
  }
}
