/**
 * The whole-school self-review: once a year the SENCO and the head place the school on five
 * elements, from a bolted-on model of SEND (the business of a few specialists) to a whole-school
 * one (shared commitment, problem-solving together, leadership spread across the staff), beside the
 * indicators the record gives and the anonymous answers of the staff. It suggests the development
 * plan's strengths and weaknesses and prints for governors.
 */
package org.sendcpd.selfreview;
