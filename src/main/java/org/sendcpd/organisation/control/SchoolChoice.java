package org.sendcpd.organisation.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.sendcpd.platform.control.InvalidInputException;

/** Which school a request is about: the one it names, else the caller's own. */
@RequestScoped
public class SchoolChoice {

  @Inject CurrentUser caller;

  public long resolve(Long requested) {
    if (requested != null) {
      return requested;
    }
    return caller
        .schoolId()
        .orElseThrow(() -> new InvalidInputException("Name the school with schoolId"));
  }
}
