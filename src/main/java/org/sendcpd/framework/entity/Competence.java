package org.sendcpd.framework.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One thing a member of staff can know or do, stated briefly ("adapts spoken language to a pupil's
 * understanding"). Its code is unique across the whole installation (a framework prefixes its own,
 * "CI-01"), so courses, records, objectives and coverage rules can name it in imports and the API.
 * A competence is held at a level of its framework's ladder.
 */
@Entity
@Cacheable
@Table(name = "competence")
@NamedQuery(
    name = Competence.FIND_BY_CODE,
    query = "SELECT c FROM Competence c WHERE c.code = :code")
@NamedQuery(
    name = Competence.FIND_BY_CODES,
    query = "SELECT c FROM Competence c JOIN FETCH c.area WHERE c.code IN :codes")
@NamedQuery(
    name = Competence.FIND_BY_FRAMEWORK,
    query =
        "SELECT c FROM Competence c JOIN FETCH c.area a WHERE a.framework.id = :frameworkId"
            + " ORDER BY a.sortOrder, c.sortOrder")
public class Competence {

  public static final String FIND_BY_CODE = "Competence.findByCode";
  public static final String FIND_BY_CODES = "Competence.findByCodes";
  public static final String FIND_BY_FRAMEWORK = "Competence.findByFramework";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "area_id")
  private Area area;

  @NotBlank
  @Size(max = 20)
  private String code;

  @NotBlank
  @Size(max = 1000)
  private String statement;

  @Column(name = "sort_order")
  private int sortOrder;

  protected Competence() {}

  public Competence(Area area, String code, String statement, int sortOrder) {
    this.area = area;
    this.code = code;
    this.statement = statement;
    this.sortOrder = sortOrder;
  }

  public Long getId() {
    return id;
  }

  public Area getArea() {
    return area;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }
}
