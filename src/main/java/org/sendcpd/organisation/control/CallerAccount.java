package org.sendcpd.organisation.control;

/**
 * What a request needs of its signed-in caller's account, read once and kept while no account
 * changes: which account and staff record it is, the school, and its standing.
 */
public record CallerAccount(long accountId, Long staffId, Long schoolId, Standing standing) {}
