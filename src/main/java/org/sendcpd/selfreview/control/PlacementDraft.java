package org.sendcpd.selfreview.control;

import org.sendcpd.selfreview.entity.ReviewElement;

/** One element as the leaders place it, before it is checked. */
public record PlacementDraft(ReviewElement element, Integer position, String evidence) {}
