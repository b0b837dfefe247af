package org.sendcpd.organisation.control;

import static org.sendcpd.organisation.control.SingleSignOnRefusal.Reason.CANCELLED;
import static org.sendcpd.organisation.control.SingleSignOnRefusal.Reason.EXPIRED;
import static org.sendcpd.organisation.control.SingleSignOnRefusal.Reason.INVALID;
import static org.sendcpd.organisation.control.SingleSignOnRefusal.Reason.UNREACHABLE;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenID Connect authorization code flow, with Nimbus's OAuth 2.0 SDK: the redirect to the
 * provider (with state, nonce and a PKCE S256 challenge), then the code exchanged at the token
 * endpoint with the client secret and the PKCE verifier, and the ID token checked (signature
 * against the provider's published keys, issuer, audience, expiry, nonce). The provider's discovery
 * document and its ID token checker are fetched at the first sign-in and kept; a failed fetch is
 * tried again at the next one.
 */
@ApplicationScoped
public class OpenIdClient {

  static final int TIMEOUT_MILLIS = 10_000;

  private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

  /** Where to send the browser, and what to remember until it comes back. */
  public record Begun(URI authorizationUri, PendingSignIn pending) {}

  private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  public Begun begin(SingleSignOnProvider provider, URI redirectUri) throws SingleSignOnException {
    OIDCProviderMetadata metadata = discover(provider).metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest.Builder request =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope("openid", "email", "profile"),
                new ClientID(provider.clientId()),
                redirectUri)
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256);
    if (provider.hostedDomain() != null) {
      request.customParameter("hd", provider.hostedDomain()); // Google shows only that domain
    }
    return new Begun(
        request.build().toURI(),
        new PendingSignIn(
            provider.id(),
            state.getValue(),
            nonce.getValue(),
            verifier.getValue(),
            redirectUri.toString(),
            Instant.now()));
  }

  /** The claims of the checked ID token the provider's answer leads to. */
  public Map<String, Object> finish(
      SingleSignOnProvider provider, PendingSignIn pending, Map<String, List<String>> answer)
      throws SingleSignOnException {
    URI redirectUri = URI.create(pending.redirectUri());
    AuthenticationResponse response;
    try {
      response = AuthenticationResponseParser.parse(redirectUri, answer);
    } catch (ParseException e) {
      throw new SingleSignOnException(INVALID, "unreadable answer from the provider", e);
    }
    if (response.getState() == null || !pending.state().equals(response.getState().getValue())) {
      throw new SingleSignOnException(EXPIRED, "the state does not match this browser's sign-in");
    }
    if (!response.indicatesSuccess()) {
      ErrorObject error = response.toErrorResponse().getErrorObject();
      throw new SingleSignOnException(CANCELLED, error.getCode() + ": " + error.getDescription());
    }
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
    if (code == null) {
      throw new SingleSignOnException(INVALID, "the answer carries no authorization code");
    }
    Discovered provided = discover(provider);
    JWT idToken = exchange(provider, provided.metadata(), code, pending, redirectUri);
    try {
      return provided
          .validator()
          .validate(idToken, new Nonce(pending.nonce()))
          .toJWTClaimsSet()
          .getClaims();
    } catch (BadJOSEException | JOSEException | ParseException e) {
      throw new SingleSignOnException(INVALID, "the ID token failed its checks", e);
    }
  }

  private JWT exchange(
      SingleSignOnProvider provider,
      OIDCProviderMetadata metadata,
      AuthorizationCode code,
      PendingSignIn pending,
      URI redirectUri)
      throws SingleSignOnException {
    TokenRequest request =
        new TokenRequest(
            metadata.getTokenEndpointURI(),
            clientAuthentication(provider, metadata),
            new AuthorizationCodeGrant(
                code, redirectUri, new CodeVerifier(pending.codeVerifier())));
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MILLIS);
      http.setReadTimeout(TIMEOUT_MILLIS);
      TokenResponse answer = OIDCTokenResponseParser.parse(http.send());
      if (!answer.indicatesSuccess()) {
        ErrorObject error = answer.toErrorResponse().getErrorObject();
        throw new SingleSignOnException(
            INVALID, "token endpoint: " + error.getCode() + ": " + error.getDescription());
      }
      JWT idToken = ((OIDCTokenResponse) answer.toSuccessResponse()).getOIDCTokens().getIDToken();
      if (idToken == null) {
        throw new SingleSignOnException(INVALID, "the token endpoint sent no ID token");
      }
      return idToken;
    } catch (IOException e) {
      throw new SingleSignOnException(UNREACHABLE, "token endpoint: " + e.getMessage(), e);
    } catch (ParseException | ClassCastException e) {
      throw new SingleSignOnException(INVALID, "token endpoint: unreadable answer", e);
    }
  }

  /**
   * The client secret in the Authorization header, unless the provider takes it only in the body.
   */
  private static ClientAuthentication clientAuthentication(
      SingleSignOnProvider provider, OIDCProviderMetadata metadata) {
    ClientID id = new ClientID(provider.clientId());
    Secret secret = new Secret(provider.clientSecret());
    List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
    boolean postOnly =
        methods != null
            && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
    return postOnly ? new ClientSecretPost(id, secret) : new ClientSecretBasic(id, secret);
  }

  private Discovered discover(SingleSignOnProvider provider) throws SingleSignOnException {
    Discovered known = discovered.get(provider.id());
    if (known != null) {
      return known;
    }
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(
              new Issuer(provider.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(provider.clientId()),
              signingAlgorithm(metadata),
              metadata.getJWKSetURI().toURL());
      Discovered found = new Discovered(metadata, validator);
      discovered.put(provider.id(), found);
      return found;
    } catch (GeneralException | IOException | IllegalArgumentException e) {
      throw new SingleSignOnException(
          UNREACHABLE, provider.label() + " discovery at " + provider.issuer(), e);
    }
  }

  /** RS256, which every provider must offer, unless the provider lists only others. */
  private static JWSAlgorithm signingAlgorithm(OIDCProviderMetadata metadata) {
    List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs();
    return offered == null || offered.isEmpty() || offered.contains(JWSAlgorithm.RS256)
        ? JWSAlgorithm.RS256
        : offered.get(0);
  }
}
