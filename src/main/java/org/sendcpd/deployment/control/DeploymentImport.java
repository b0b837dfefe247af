package org.sendcpd.deployment.control;

import java.util.List;
import org.sendcpd.organisation.control.LineError;

/** What an import did: the people whose deployments it replaced, and how many it wrote. */
public record DeploymentImport(int people, int deployments, List<LineError> errors) {}
