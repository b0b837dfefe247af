package org.sendcpd.outreach.control;

import java.util.List;

/** What happens to a request for support, for those who tell people of it (notifications). */
public final class SupportEvents {

  private SupportEvents() {}

  /** A request was made; it goes to the holder and to their heads. */
  public record Requested(long requestId, List<Long> headIds) {}

  /** A request was accepted or declined; the one who asked hears of it. */
  public record Answered(long requestId) {}
}
