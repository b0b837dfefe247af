/**
 * What the frameworks ask of the workforce: skills frameworks with their own ladder of levels,
 * their areas (the four broad areas of need plus cross-cutting ones) and competences, and the level
 * each job role must hold. Several frameworks live side by side; a new version is imported beside
 * the old.
 */
package org.sendcpd.framework;
