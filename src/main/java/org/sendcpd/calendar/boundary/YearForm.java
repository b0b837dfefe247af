package org.sendcpd.calendar.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.calendar.control.YearPlan;
import org.sendcpd.calendar.control.YearPlan.InsetPlan;
import org.sendcpd.calendar.control.YearPlan.TermPlan;

/** The editable dates of one school year: three terms and the INSET days. */
public class YearForm implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<String> TERMS = List.of("Autumn", "Spring", "Summer");

  /** One term's dates as typed. */
  public static class TermRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate halfTermStartsOn;
    private LocalDate halfTermEndsOn;

    TermRow(String name) {
      this.name = name;
    }

    public String getName() {
      return name;
    }

    public LocalDate getStartsOn() {
      return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
      this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
      return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
      this.endsOn = endsOn;
    }

    public LocalDate getHalfTermStartsOn() {
      return halfTermStartsOn;
    }

    public void setHalfTermStartsOn(LocalDate halfTermStartsOn) {
      this.halfTermStartsOn = halfTermStartsOn;
    }

    public LocalDate getHalfTermEndsOn() {
      return halfTermEndsOn;
    }

    public void setHalfTermEndsOn(LocalDate halfTermEndsOn) {
      this.halfTermEndsOn = halfTermEndsOn;
    }
  }

  /** One INSET day as typed. */
  public static class InsetRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDate date;
    private String note;

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  private final int startYear;
  private final String label;
  private final List<TermRow> terms = new ArrayList<>();
  private final List<InsetRow> insetDays = new ArrayList<>();

  YearForm(YearPlan plan) {
    startYear = plan.startYear();
    label = plan.label();
    for (int i = 0; i < TERMS.size(); i++) {
      TermRow row = new TermRow(TERMS.get(i));
      if (i < plan.terms().size()) {
        TermPlan t = plan.terms().get(i);
        row.startsOn = t.startsOn();
        row.endsOn = t.endsOn();
        row.halfTermStartsOn = t.halfTermStartsOn();
        row.halfTermEndsOn = t.halfTermEndsOn();
      }
      terms.add(row);
    }
    for (InsetPlan d : plan.insetDays()) {
      InsetRow row = new InsetRow();
      row.date = d.date();
      row.note = d.note();
      insetDays.add(row);
    }
  }

  /** The plan to save: terms with both dates, INSET days with a date. */
  YearPlan plan() {
    return new YearPlan(
        startYear,
        label,
        terms.stream()
            .filter(t -> t.startsOn != null || t.endsOn != null)
            .map(
                t ->
                    new TermPlan(
                        t.name, t.startsOn, t.endsOn, t.halfTermStartsOn, t.halfTermEndsOn))
            .toList(),
        insetDays.stream()
            .filter(d -> d.date != null)
            .map(d -> new InsetPlan(d.date, d.note))
            .toList());
  }

  public void addInsetDay() {
    insetDays.add(new InsetRow());
  }

  public void removeInsetDay(InsetRow row) {
    insetDays.remove(row);
  }

  public String getLabel() {
    return label;
  }

  public List<TermRow> getTerms() {
    return terms;
  }

  public List<InsetRow> getInsetDays() {
    return insetDays;
  }
}
