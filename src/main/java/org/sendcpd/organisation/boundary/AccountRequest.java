package org.sendcpd.organisation.boundary;

import java.util.Set;
import org.sendcpd.organisation.entity.SecurityRole;

/** What an administrator sends to create or change an account. */
public record AccountRequest(
    Long staffId, String username, String password, Set<SecurityRole> roles, Boolean enabled) {}
