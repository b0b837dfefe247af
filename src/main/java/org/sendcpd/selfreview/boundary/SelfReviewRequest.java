package org.sendcpd.selfreview.boundary;

import java.util.List;

/** The body of a PUT: every element placed, each once ({"elements": [...]}). */
public record SelfReviewRequest(List<ElementJson> elements) {}
