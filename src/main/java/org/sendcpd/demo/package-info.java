/**
 * The demo school: on the first start with an empty database, Oakfield Primary School is loaded
 * from the files under {@code /demo} (staff, the SEND framework, courses and a scenario of
 * sessions, records, appraisals and demand), with dates set relative to the day of loading so the
 * dashboard always shows gaps, lapses and a breached coverage rule.
 */
package org.sendcpd.demo;
