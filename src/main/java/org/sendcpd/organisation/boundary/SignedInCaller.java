package org.sendcpd.organisation.boundary;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the login page, kept in their HTTP session. */
record SignedInCaller(String username, Set<String> groups) implements Serializable {

  static final String SESSION_KEY = "sendcpd.caller";
}
