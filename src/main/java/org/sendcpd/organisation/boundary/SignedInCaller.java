package org.sendcpd.organisation.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who signed in through the login page, kept in their HTTP session: with the account's security
 * version at sign-in (a later change of it ends the session) and the moment of sign-in (the
 * session's absolute lifetime counts from it).
 */
record SignedInCaller(String username, Set<String> groups, int securityVersion, Instant signedInAt)
    implements Serializable {

  static final String SESSION_KEY = "sendcpd.caller";

  /** The same sign-in after the person changed their own password on this session. */
  SignedInCaller withSecurityVersion(int version) {
    return new SignedInCaller(username, groups, version, signedInAt);
  }
}
