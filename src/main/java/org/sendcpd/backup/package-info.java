/**
 * Backups of the embedded Derby database and the evidence files beside it, taken while the
 * application serves: on an administrator's request and every night, into dated folders that {@code
 * payara-config/restore.sh} puts back. Nothing of a backup is ever served over HTTP.
 */
package org.sendcpd.backup;
