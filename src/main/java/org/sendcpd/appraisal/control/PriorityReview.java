package org.sendcpd.appraisal.control;

import java.io.Serializable;
import java.util.List;

/**
 * "Is the CPD serving the priority?" for one priority: the staff with objectives linked to it and
 * how many of their targets they meet now, the training done since the cycle began and the training
 * planned on coming sessions that evidences those targets.
 */
public record PriorityReview(
    long priorityId,
    String title,
    String areaOfNeed,
    String status,
    List<Person> people,
    List<TargetProgress.Training> done,
    List<TargetProgress.Training> planned)
    implements Serializable {

  /** A member of staff with objectives under the priority. */
  public record Person(long staffId, String name, long appraisalId, int targets, int met)
      implements Serializable {}

  public int targets() {
    return people.stream().mapToInt(Person::targets).sum();
  }

  public int met() {
    return people.stream().mapToInt(Person::met).sum();
  }
}
