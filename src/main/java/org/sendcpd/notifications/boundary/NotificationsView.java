package org.sendcpd.notifications.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.sendcpd.notifications.control.Notifications;
import org.sendcpd.notifications.entity.Notification;

/** Notifications: the signed-in person's messages, newest first, to read and mark read. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One notification as the page shows it. */
  public record Row(
      long id, String kind, String message, String link, LocalDateTime createdAt, boolean read)
      implements Serializable {}

  @Inject Notifications notifications;

  private List<Row> rows = List.of();

  @PostConstruct
  void load() {
    ZoneId london = ZoneId.of("Europe/London");
    rows =
        notifications.mine().stream()
            .map(
                (Notification n) ->
                    new Row(
                        n.getId(),
                        n.getKind().name(),
                        n.getMessage(),
                        n.getLink(),
                        LocalDateTime.ofInstant(n.getCreatedAt(), london),
                        n.isRead()))
            .toList();
  }

  public void markRead(long id) {
    notifications.markRead(id);
    load();
  }

  public void markAllRead() {
    notifications.markAllRead();
    load();
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getUnread() {
    return rows.stream().filter(r -> !r.read()).count();
  }

  public String icon(String kind) {
    return switch (kind) {
      case "BOOKING_CONFIRMED" -> "pi pi-calendar-plus";
      case "SESSION_CHANGED" -> "pi pi-calendar";
      case "SESSION_CANCELLED" -> "pi pi-calendar-times";
      case "RECORD_VERIFIED" -> "pi pi-check-circle";
      case "RECORD_REJECTED" -> "pi pi-times-circle";
      case "SUPPORT_REQUESTED", "SUPPORT_ANSWERED" -> "pi pi-inbox";
      case "FOLLOW_UP_DUE" -> "pi pi-replay";
      default -> "pi pi-exclamation-triangle";
    };
  }
}
