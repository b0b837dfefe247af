/**
 * Expertise across the trust: staff who offer to be found by the other schools (their outreach
 * offer), and requests for support from one school's SENCO or head to a holder in another school,
 * which the holder's head accepts or declines. An accepted request becomes a school-to-school
 * session on the asking school's calendar with the holder as its facilitator.
 */
package org.sendcpd.outreach;
