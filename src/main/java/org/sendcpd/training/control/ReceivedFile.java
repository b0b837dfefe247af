package org.sendcpd.training.control;

import java.nio.file.Path;

/**
 * An upload that passed the certificate check and waits, under a temporary name, to be kept with
 * its record or discarded.
 */
public record ReceivedFile(
    Path temporary, EvidenceType type, long size, String sha256, String originalName) {}
