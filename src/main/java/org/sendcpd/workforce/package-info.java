/**
 * The one way into the analysis engine: loads a school's or the trust's workforce a table at a time
 * (people and frameworks here; training, appraisal and demand through their {@code
 * WorkforceSource}), keeps the analyses per reference date until the next write, checks who may
 * ask, and owns the look-ahead window. Screens, the API, reports, renewals, reminders and appraisal
 * views all ask it.
 */
package org.sendcpd.workforce;
