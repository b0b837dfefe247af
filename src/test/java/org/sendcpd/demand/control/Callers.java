package org.sendcpd.demand.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.Validation;

/** Stand-ins for the platform's request-scoped collaborators, for tests without a container. */
final class Callers {

  private Callers() {}

  /** Lets the caller into the schools named, and no other. */
  static AccessControl allowing(Long... schoolIds) {
    List<Long> allowed = List.of(schoolIds);
    return new AccessControl() {
      @Override
      public boolean maySeeSchool(Long schoolId) {
        return allowed.contains(schoolId);
      }

      @Override
      public void requireSchool(Long schoolId) {
        if (!maySeeSchool(schoolId)) {
          throw new AccessDeniedException("not yours: " + schoolId);
        }
      }
    };
  }

  static CurrentUser senco() {
    return new CurrentUser() {
      @Override
      public String username() {
        return "senco.test";
      }
    };
  }

  /** Keeps what would be written to the audit log. */
  static final class Audit extends AuditLog {
    final List<String> actions = new ArrayList<>();

    @Override
    public void record(
        String actor, String action, String entityType, Long entityId, String detail) {
      actions.add(action + " " + entityType + " " + detail);
    }
  }

  static Validation validation(Validator validator) {
    return new Validation() {
      @Override
      public <T> T require(T bean) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        if (!violations.isEmpty()) {
          throw new InvalidInputException("invalid: " + violations);
        }
        return bean;
      }
    };
  }
}
