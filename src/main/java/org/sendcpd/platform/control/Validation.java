package org.sendcpd.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks an entity's constraints before saving, so bad input is answered field by field. */
@ApplicationScoped
public class Validation {

  @Inject Validator validator;

  public <T> T require(T bean) {
    Set<ConstraintViolation<T>> violations = validator.validate(bean);
    if (!violations.isEmpty()) {
      List<Map<String, String>> details =
          violations.stream()
              .map(
                  v ->
                      Map.of(
                          "field", v.getPropertyPath().toString(),
                          "message", v.getMessage()))
              .sorted((a, b) -> a.get("field").compareTo(b.get("field")))
              .toList();
      throw new InvalidInputException("Some fields are not valid", details);
    }
    return bean;
  }
}
