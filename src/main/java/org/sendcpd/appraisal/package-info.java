/**
 * Performance management: the school's development priorities for a year, the appraisal cycle with
 * its review points, and each person's appraisal with objectives that name target competences. An
 * open objective's targets raise that person's required level until the cycle closes.
 */
package org.sendcpd.appraisal;
