package org.sendcpd.backup.control;

import java.time.Instant;

/**
 * What is shown of a finished backup: its folder's name, when it was taken, how large it is and how
 * long it took. Never a path or a file's content.
 */
public record BackupInfo(
    String name, Instant takenAt, long sizeBytes, int evidenceFiles, long tookMillis) {}
