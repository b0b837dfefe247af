/**
 * What every component stands on: the database and its migrations, first start, sign-in and the
 * checks of who may see what, the audit log, the REST application and its error answers, health.
 */
package org.sendcpd.platform;
