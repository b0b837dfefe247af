/**
 * Training and its record: the course catalogue with the competences each course evidences, dated
 * sessions on the calendar with their bookings, and the CPD ledger that a marked register or a
 * self-logged certificate adds to. A SENCO verifies what staff log; only verified records count.
 */
package org.sendcpd.training;
