package org.sendcpd.demo;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sendcpd.organisation.control.StaffCsvParser;
import org.sendcpd.organisation.control.StaffRow;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;

/**
 * The demo staff from {@code staff.csv} with their line managers, and one account per person, all
 * with the same demo password. STAFF and LINE_MANAGER are derived at sign-in, so only the
 * headteacher (HEAD) and the SENCO (SENCO) get stored roles. A leaver's account is disabled. The
 * trust lead has an account but no staff record.
 */
final class DemoStaff {

  static final String TRUST_LEAD = "trust.lead";

  private final EntityManager em;
  private final DemoSetting setting;

  DemoStaff(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load(String passwordHash) {
    people("staff.csv");
    for (StaffMember person : setting.staff.values()) {
      account(person, passwordHash);
    }
    UserAccount trustLead = new UserAccount(TRUST_LEAD, passwordHash, null);
    trustLead.setRoles(EnumSet.of(SecurityRole.TRUST_LEAD));
    em.persist(trustLead);
  }

  /** Another school of the trust: its staff, with accounts only for the people named. */
  void load(String file, String passwordHash, List<String> accountEmails) {
    people(file);
    accountEmails.forEach(email -> account(setting.person(email), passwordHash));
  }

  private void account(StaffMember person, String passwordHash) {
    UserAccount account = new UserAccount(DemoSetting.username(person), passwordHash, person);
    account.setRoles(roles(person.getJobRole()));
    account.setEnabled(person.isInPostOn(setting.today));
    em.persist(account);
  }

  private void people(String file) {
    StaffCsvParser.Result csv = parse(file);
    if (!csv.isClean()) {
      throw new IllegalStateException("The demo " + file + " is invalid: " + csv.errors());
    }
    for (StaffRow row : csv.rows()) {
      StaffMember person =
          new StaffMember(
              setting.school, row.firstName(), row.lastName(), row.email(), row.jobRole());
      person.setTeam(row.team());
      person.setFte(row.fte());
      person.setStartDate(row.startDate());
      person.setLeftDate(row.leavingDate());
      em.persist(person);
      setting.staff.put(row.email(), person);
    }
    for (StaffRow row : csv.rows()) {
      if (row.lineManagerEmail() != null) {
        setting.person(row.email()).setLineManager(setting.person(row.lineManagerEmail()));
      }
    }
  }

  static Set<SecurityRole> roles(JobRole jobRole) {
    return switch (jobRole) {
      case HEADTEACHER -> EnumSet.of(SecurityRole.HEAD);
      case SENCO -> EnumSet.of(SecurityRole.SENCO);
      default -> EnumSet.noneOf(SecurityRole.class);
    };
  }

  private static StaffCsvParser.Result parse(String file) {
    try (Reader reader = DemoJson.reader(file)) {
      return new StaffCsvParser().parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("The demo " + file + " cannot be read", e);
    }
  }
}
