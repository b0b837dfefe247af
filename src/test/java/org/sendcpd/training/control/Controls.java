package org.sendcpd.training.control;

import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.AccountStanding;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.platform.control.AuditLog;

/**
 * The CPD record controls wired by hand onto one EntityManager for a caller with given roles, as
 * CDI would wire them in the container; the audit log writes into the same transaction.
 */
record Controls(CpdRecords records, Verification verification, Certificates certificates) {

  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  static Controls as(EntityManager em, Path evidence, String username, SecurityRole... roles) {
    CurrentUser caller = new CurrentUser();
    set(caller, "security", new FakeSecurity(username, Set.of(roles)));
    set(caller, "em", em);
    AccountStanding accounts = new AccountStanding();
    set(accounts, "em", em);
    set(caller, "accounts", accounts);
    AuditLog audit = new AuditLog();
    set(audit, "em", em);
    AccessControl access = new AccessControl();
    set(access, "caller", caller);
    set(access, "audit", audit);
    org.sendcpd.platform.control.Validation validation =
        new org.sendcpd.platform.control.Validation();
    set(validation, "validator", VALIDATOR);
    RecordAccess recordAccess = new RecordAccess();
    recordAccess.caller = caller;
    recordAccess.access = access;
    TrainingAudit trainingAudit = new TrainingAudit();
    trainingAudit.audit = audit;
    trainingAudit.caller = caller;
    OutcomeClaims claims = new OutcomeClaims();
    claims.em = em;
    Certificates certificates = new Certificates();
    certificates.em = em;
    certificates.caller = caller;
    certificates.access = recordAccess;
    certificates.audit = audit;
    certificates.trainingAudit = trainingAudit;
    certificates.validation = validation;
    certificates.store = new EvidenceStore(evidence);
    CpdRecords records = new CpdRecords();
    records.em = em;
    records.caller = caller;
    records.access = recordAccess;
    records.trainingAudit = trainingAudit;
    records.validation = validation;
    records.claims = claims;
    records.certificates = certificates;
    records.guard = new EditGuard(); // no copy's version is checked here
    Verification verification = new Verification();
    verification.em = em;
    verification.caller = caller;
    verification.access = recordAccess;
    verification.trainingAudit = trainingAudit;
    verification.guard = records.guard;
    verification.verified = new org.sendcpd.testing.RecordedEvents<>();
    verification.rejected = new org.sendcpd.testing.RecordedEvents<>();
    return new Controls(records, verification, certificates);
  }

  private static void set(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A signed-in caller with fixed roles. */
  record FakeSecurity(String username, Set<SecurityRole> roles) implements SecurityContext {

    @Override
    public Principal getCallerPrincipal() {
      return () -> username;
    }

    @Override
    public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
      return Set.of();
    }

    @Override
    public boolean isCallerInRole(String role) {
      return Arrays.stream(SecurityRole.values())
          .anyMatch(r -> r.name().equals(role) && roles.contains(r));
    }

    @Override
    public boolean hasAccessToWebResource(String resource, String... methods) {
      return false;
    }

    @Override
    public AuthenticationStatus authenticate(
        HttpServletRequest request,
        HttpServletResponse response,
        AuthenticationParameters parameters) {
      throw new UnsupportedOperationException();
    }
  }
}
