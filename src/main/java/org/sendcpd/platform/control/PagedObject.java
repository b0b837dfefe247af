package org.sendcpd.platform.control;

/**
 * One page of a large list answered inside a JSON object rather than as a bare array (the page's
 * items beside what they refer to), with the size of the whole list: the API writes the body as it
 * is and the total and links in the same headers as a {@link Page}'s.
 */
public record PagedObject(Object body, long total, PageRequest request) {}
