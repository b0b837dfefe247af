package org.sendcpd.analysis;

import java.util.List;

/**
 * A competence with where it sits: its framework, its area, and the area of need of that area (one
 * of the four broad areas, or null for a cross-cutting area). Level names are the framework's
 * ladder, lowest first: levelNames.get(0) names level 1.
 */
public record CompetenceRef(
    long id,
    String code,
    String statement,
    long frameworkId,
    String frameworkName,
    String areaCode,
    String areaName,
    String areaOfNeed,
    List<String> levelNames) {

  public String levelName(int level) {
    return level >= 1 && level <= levelNames.size() ? levelNames.get(level - 1) : "level " + level;
  }
}
