package org.sendcpd.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends each notification by email as well, once its transaction has committed, but only when
 * {@code cpd.mail.smtp.host} is configured; otherwise email is off. A failure to send is logged and
 * never fails the request: the notification is in the application either way.
 */
@ApplicationScoped
public class NotificationMailer {

  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "cpd.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "cpd.mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "cpd.mail.from", defaultValue = "send-cpd@localhost")
  String from;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated created) {
    if (host.filter(h -> !h.isBlank()).isEmpty() || created.email() == null) {
      return;
    }
    try {
      Properties properties = new Properties();
      properties.put("mail.smtp.host", host.get());
      properties.put("mail.smtp.port", String.valueOf(port));
      properties.put("mail.smtp.connectiontimeout", "5000");
      properties.put("mail.smtp.timeout", "5000");
      MimeMessage message = new MimeMessage(Session.getInstance(properties));
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(created.email()));
      message.setSubject("SEND CPD", "UTF-8");
      message.setText(created.message(), "UTF-8");
      Transport.send(message);
    } catch (MessagingException | RuntimeException e) {
      log.log(Level.WARNING, "Could not email a notification: {0}", e.getMessage());
    }
  }
}
