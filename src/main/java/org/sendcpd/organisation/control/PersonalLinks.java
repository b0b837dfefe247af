package org.sendcpd.organisation.control;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Addresses that belong to the signed-in person but are kept by components above this one (their
 * calendar feed): fired as a CDI event and filled in by whoever keeps them, so organisation never
 * depends on those components.
 */
public final class PersonalLinks {

  public static final String CALENDAR = "calendar";

  private final URI apiBase;
  private final Map<String, String> links = new HashMap<>();

  public PersonalLinks(URI apiBase) {
    this.apiBase = apiBase;
  }

  public URI apiBase() {
    return apiBase;
  }

  public void put(String name, String url) {
    links.put(name, url);
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(links.get(name));
  }
}
