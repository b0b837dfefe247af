package org.sendcpd.training.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.sendcpd.analysis.FollowUpRules;
import org.sendcpd.analysis.FollowUpStage;
import org.sendcpd.training.entity.FollowUp;

/** A follow-up as screens and the API show it, with where it stands on the day it was read. */
public record FollowUpItem(
    long id,
    long recordId,
    long staffId,
    String person,
    String training,
    LocalDate completedOn,
    String intendedChange,
    String areaCode,
    String areaName,
    LocalDate dueOn,
    FollowUpRules.Status status,
    FollowUpStage stage,
    String note,
    String answeredBy,
    Instant answeredAt)
    implements Serializable {

  public static FollowUpItem of(FollowUp f, LocalDate today) {
    var record = f.getRecord();
    return new FollowUpItem(
        f.getId(),
        record.getId(),
        record.getStaffMember().getId(),
        record.getStaffMember().getFullName(),
        record.getTitle(),
        record.getCompletedOn(),
        f.getIntendedChange(),
        f.getArea() == null ? null : f.getArea().getCode(),
        f.getArea() == null ? null : f.getArea().getName(),
        f.getDueOn(),
        FollowUpRules.status(f.getDueOn(), f.getStage(), today),
        f.getStage(),
        f.getNote(),
        f.getAnsweredBy(),
        f.getAnsweredAt());
  }

  public boolean isDue() {
    return status == FollowUpRules.Status.DUE;
  }
}
