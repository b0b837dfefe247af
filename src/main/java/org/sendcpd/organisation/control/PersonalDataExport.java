package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;

/**
 * "Download my data" (UK GDPR, right of access): the signed-in person's staff record, account
 * (never its password hash), and what every component keeps of theirs, as one JSON file in a zip
 * beside their certificate files. Each download is audited.
 */
@ApplicationScoped
@Transactional
public class PersonalDataExport {

  /** The JSON file inside the zip. */
  public static final String JSON_NAME = "my-data.json";

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AuditLog audit;
  @Inject Event<PersonalData> keepers;

  public record StaffData(
      long id,
      String school,
      String firstName,
      String lastName,
      String email,
      String jobRole,
      String team,
      BigDecimal fte,
      LocalDate startDate,
      LocalDate leftDate,
      String lineManager) {}

  public record AccountData(
      String username,
      List<SecurityRole> roles,
      boolean enabled,
      Instant createdAt,
      Instant lastLoginAt) {}

  /** A name for the download: the person's username and today's date. */
  public String fileName(LocalDate today) {
    return "my-data-" + caller.username().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + today + ".zip";
  }

  /** Writes the caller's zip to the stream. */
  public void writeFor(OutputStream out) {
    Long staffId = caller.staffId().orElse(null);
    PersonalData data = new PersonalData(staffId);
    keepers.fire(data);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("exportedAt", Instant.now());
    json.put("account", account());
    if (staffId != null) {
      json.put("staffRecord", staff(em.find(StaffMember.class, staffId)));
    }
    json.putAll(data.sections());
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      zip.putNextEntry(new ZipEntry(JSON_NAME));
      zip.write(toJson(json).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      for (Map.Entry<String, Path> file : data.files().entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        Files.copy(file.getValue(), zip);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the personal data export", e);
    }
    audit.change(
        caller.username(),
        "PERSONAL_DATA_EXPORTED",
        staffId == null ? "UserAccount" : "StaffMember",
        staffId,
        Changes.of().note(data.files().size() + " certificate file(s)"));
  }

  private AccountData account() {
    return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
        .setParameter("username", caller.username())
        .getResultStream()
        .findFirst()
        .map(
            a ->
                new AccountData(
                    a.getUsername(),
                    a.getRoles().stream().sorted().toList(),
                    a.isEnabled(),
                    a.getCreatedAt(),
                    a.getLastLoginAt()))
        .orElse(null);
  }

  private static StaffData staff(StaffMember s) {
    return new StaffData(
        s.getId(),
        s.getSchool().getName(),
        s.getFirstName(),
        s.getLastName(),
        s.getEmail(),
        s.getJobRole().name(),
        s.getTeam(),
        s.getFte(),
        s.getStartDate(),
        s.getLeftDate(),
        s.getLineManager() == null ? null : s.getLineManager().getFullName());
  }

  private static String toJson(Object value) {
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      return jsonb.toJson(value);
    } catch (Exception e) {
      throw new IllegalStateException("Could not write the personal data as JSON", e);
    }
  }
}
