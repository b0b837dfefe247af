package org.sendcpd.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a sign-in came from, for throttling. The connection's own address, unless it is one
 * of the reverse proxies or load balancers named in {@code cpd.trusted-proxies}: then the nearest
 * address in {@code X-Forwarded-For} that is not one of them (a client can put anything at the
 * start of that header, only what our proxies appended is believed). Without this, behind a load
 * balancer every sign-in would seem to come from it, and one guesser would lock out everyone.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject
  @ConfigProperty(name = "cpd.trusted-proxies")
  Optional<String> trustedProxies = Optional.empty();

  private volatile Set<String> trusted;

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  String of(String remote, String forwardedFor) {
    if (!trusted().contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
      return remote;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!hop.isEmpty() && !trusted().contains(hop)) {
        return hop;
      }
    }
    return remote;
  }

  private Set<String> trusted() {
    if (trusted == null) {
      trusted =
          Arrays.stream(trustedProxies.orElse("").split(","))
              .map(String::trim)
              .filter(a -> !a.isEmpty())
              .collect(Collectors.toUnmodifiableSet());
    }
    return trusted;
  }
}
