package org.sendcpd.calendar.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.calendar.control.SchoolCalendar;
import org.sendcpd.calendar.entity.SchoolYear;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.TrainingAccess;
import org.sendcpd.ui.ScreenMessages;

/** Terms and INSET days: the planners of a school set the dates of this year and the next. */
@Named
@ViewScoped
public class SchoolYearView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SchoolCalendar calendar;
  @Inject TrainingAccess access;
  @Inject VisibleSchools schools;
  @Inject ScreenMessages messages;

  private Long schoolId;
  private int startYear = SchoolYear.startYearOf(LocalDate.now());
  private YearForm form;

  /** The page's view action: only the school's planners may open it. */
  public void load() {
    if (schoolId == null) {
      schoolId = schools.requireDefaultSchool();
    }
    access.requirePlan(schoolId, "School", schoolId);
    form = new YearForm(calendar.year(schoolId, startYear));
  }

  public void save() {
    try {
      form = new YearForm(calendar.save(schoolId, form.plan()));
      messages.info(messages.text("schoolYear.saved"));
    } catch (InvalidInputException e) {
      messages.refused(e);
    }
  }

  public List<SelectItem> getYears() {
    int now = SchoolYear.startYearOf(LocalDate.now());
    return List.of(
        new SelectItem(now, SchoolYear.labelOf(now)),
        new SelectItem(now + 1, SchoolYear.labelOf(now + 1)));
  }

  public int getStartYear() {
    return startYear;
  }

  public void setStartYear(int startYear) {
    this.startYear = startYear;
  }

  public YearForm getForm() {
    return form;
  }
}
