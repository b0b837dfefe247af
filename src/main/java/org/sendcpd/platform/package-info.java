/**
 * What every component stands on and knows nothing of the business: the data source and its
 * migrations, Derby's clean shutdown, the audit log, the REST application and its error answers,
 * the exceptions that carry a refusal in words, and health checks.
 */
package org.sendcpd.platform;
