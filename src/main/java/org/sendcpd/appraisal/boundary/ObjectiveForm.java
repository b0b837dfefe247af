package org.sendcpd.appraisal.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.appraisal.control.ObjectiveDraft;

/** The new-objective form of the appraisal screen: text, priority, criteria and target rows. */
public class ObjectiveForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One target row: a competence code and a level on its ladder. */
  public static class TargetRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private Integer level;

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public Integer getLevel() {
      return level;
    }

    public void setLevel(Integer level) {
      this.level = level;
    }
  }

  private String text;
  private Long priorityId;
  private String successCriteria;
  private final List<TargetRow> targets = new ArrayList<>(List.of(new TargetRow()));

  public ObjectiveDraft draft() {
    return new ObjectiveDraft(
        text,
        priorityId,
        targets.stream()
            .filter(t -> t.getCode() != null && !t.getCode().isBlank())
            .map(t -> new ObjectiveDraft.TargetDraft(t.getCode(), t.getLevel()))
            .toList(),
        successCriteria,
        null);
  }

  public void addTarget() {
    targets.add(new TargetRow());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getPriorityId() {
    return priorityId;
  }

  public void setPriorityId(Long priorityId) {
    this.priorityId = priorityId;
  }

  public String getSuccessCriteria() {
    return successCriteria;
  }

  public void setSuccessCriteria(String successCriteria) {
    this.successCriteria = successCriteria;
  }

  public List<TargetRow> getTargets() {
    return targets;
  }
}
