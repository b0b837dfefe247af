package org.sendcpd.selfreview.boundary;

/** What answering tells the person: that it counted, and how many have answered so far. */
public record AnsweredJson(long reviewId, int respondents) {}
