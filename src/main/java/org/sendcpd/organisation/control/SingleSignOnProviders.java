package org.sendcpd.organisation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * The single sign-on providers of this installation, read once from the configuration: {@code
 * cpd.sso.microsoft.*} and {@code cpd.sso.google.*} (issuer, client-id, client-secret). A provider
 * is offered only when its client id and secret are set. A Microsoft issuer must name one tenant:
 * the shared {@code common}, {@code organizations} and {@code consumers} issuers would let any
 * Microsoft account in, so such a setting is refused and logged.
 */
@ApplicationScoped
public class SingleSignOnProviders {

  static final String GOOGLE_ISSUER = "https://accounts.google.com";

  @Inject Config config;
  @Inject Logger log;

  private List<SingleSignOnProvider> configured = List.of();

  @PostConstruct
  void read() {
    configured = Stream.of(microsoft(), google()).flatMap(Optional::stream).toList();
    configured.forEach(p -> log.info(() -> "Single sign-on offered: " + p));
  }

  public List<SingleSignOnProvider> configured() {
    return configured;
  }

  public Optional<SingleSignOnProvider> find(String id) {
    return configured.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public boolean any() {
    return !configured.isEmpty();
  }

  private Optional<SingleSignOnProvider> microsoft() {
    Optional<String> issuer = value("microsoft", "issuer");
    Optional<SingleSignOnProvider> provider =
        client("microsoft", "Microsoft", issuer.orElse(null), true, null);
    if (provider.isPresent() && isSharedMicrosoftIssuer(provider.get().issuer())) {
      log.severe(
          "Single sign-on with Microsoft is off: CPD_SSO_MICROSOFT_ISSUER must name your tenant"
              + " (https://login.microsoftonline.com/<tenant id>/v2.0), not a shared issuer");
      return Optional.empty();
    }
    return provider;
  }

  private Optional<SingleSignOnProvider> google() {
    return client(
        "google",
        "Google",
        value("google", "issuer").orElse(GOOGLE_ISSUER),
        false,
        value("google", "hosted-domain").orElse(null));
  }

  private Optional<SingleSignOnProvider> client(
      String id, String label, String issuer, boolean tenantTrusted, String hostedDomain) {
    Optional<String> clientId = value(id, "client-id");
    Optional<String> secret = value(id, "client-secret");
    if (issuer == null || clientId.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SingleSignOnProvider(
            id, label, issuer, clientId.get(), secret.get(), tenantTrusted, hostedDomain));
  }

  static boolean isSharedMicrosoftIssuer(String issuer) {
    String lower = issuer.toLowerCase(java.util.Locale.ROOT);
    return Stream.of("/common", "/organizations", "/consumers")
        .anyMatch(shared -> lower.contains(shared + "/") || lower.endsWith(shared));
  }

  private Optional<String> value(String provider, String key) {
    return config
        .getOptionalValue("cpd.sso." + provider + "." + key, String.class)
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }
}
