/**
 * The demand side: how many pupils the school has in each broad area of need (counts only, never a
 * pupil's name) and the coverage rules the school sets itself, such as "at least two adults trained
 * for protocol P3 in Year 2". Capacity is measured against both.
 */
package org.sendcpd.demand;
