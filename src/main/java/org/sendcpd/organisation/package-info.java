/**
 * The school and its people: schools of a trust, the staff members who work in them with their job
 * roles and line managers, and the accounts they sign in with. Staff arrive one by one or from a
 * CSV export of the school's MIS.
 */
package org.sendcpd.organisation;
