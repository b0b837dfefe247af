package org.sendcpd.platform.control;

/**
 * Fired once, in the first start's transaction, when the application found an empty database.
 *
 * @param loadDemo whether the installation asked for the demo school
 */
public record EmptyDatabaseStarted(boolean loadDemo) {}
