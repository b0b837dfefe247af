package org.sendcpd.training.control;

import java.io.Serializable;
import org.sendcpd.training.entity.Evidence;

/** A certificate as a screen links to it: the record, the file and the name to show. */
public record CertificateLink(long recordId, long evidenceId, String fileName)
    implements Serializable {

  public static CertificateLink of(Evidence e) {
    return new CertificateLink(e.getRecord().getId(), e.getId(), e.getOriginalFileName());
  }
}
