package org.sendcpd.organisation.boundary;

import java.util.Set;
import org.sendcpd.organisation.entity.SecurityRole;

/**
 * What an administrator sends to create or change an account; {@code mustChangePassword} true makes
 * the person choose a new password at their next sign-in before anything else.
 */
public record AccountRequest(
    Long staffId,
    String username,
    String password,
    Set<SecurityRole> roles,
    Boolean enabled,
    Boolean mustChangePassword) {}
