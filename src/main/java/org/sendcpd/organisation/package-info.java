/**
 * The school and its people: schools of a trust, the staff members who work in them with their job
 * roles and line managers, the accounts they sign in with, and who may see what (sign-in, the
 * current caller, object-level access). Staff arrive one by one or from a CSV export of the
 * school's MIS.
 */
package org.sendcpd.organisation;
