package org.sendcpd.calendar.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.training.control.CourseCatalogue;
import org.sendcpd.training.entity.Course;
import org.sendcpd.ui.ScreenMessages;

/** The choices of the session dialog: the school's active courses and its current staff. */
@RequestScoped
public class SessionOptions {

  @Inject CourseCatalogue catalogue;
  @Inject StaffService staff;
  @Inject ScreenMessages messages;

  public List<SelectItem> courses(long schoolId) {
    return catalogue.forSchool(schoolId).stream()
        .filter(Course::isActive)
        .map(c -> new SelectItem(c.getId(), c.getTitle() + " (" + delivery(c) + ")"))
        .toList();
  }

  public List<SelectItem> staff(long schoolId) {
    LocalDate today = LocalDate.now();
    return staff.inSchool(schoolId).stream()
        .filter(s -> s.isInPostOn(today))
        .map(s -> new SelectItem(s.getId(), s.getFullName() + " (" + s.getJobRole().label() + ")"))
        .toList();
  }

  private String delivery(Course course) {
    return messages.text("delivery." + course.getDelivery().name());
  }
}
