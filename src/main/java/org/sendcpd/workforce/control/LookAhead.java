package org.sendcpd.workforce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How far ahead a lapse counts as soon: the analysis, My CPD, renewals and lapse reminders all read
 * it here, so "lapsing soon" means the same on every screen.
 */
@ApplicationScoped
public class LookAhead {

  @Inject
  @ConfigProperty(name = "cpd.analysis.window-days", defaultValue = "90")
  int days;

  public int days() {
    return days;
  }
}
