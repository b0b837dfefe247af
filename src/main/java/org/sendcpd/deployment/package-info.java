/**
 * Who works where: each adult's groups (a class, year group or provision, named as need profiles
 * name it) and school days, with dates for a move. The analysis reads it to count capacity where
 * the pupils are and to check coverage rules day by day; the week screen shows and edits it, and a
 * group-day gap's page says who could fill it.
 */
package org.sendcpd.deployment;
