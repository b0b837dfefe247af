package org.sendcpd.framework.control;

/**
 * What is wrong in an imported framework CSV: the file ({@code competences}, {@code requirements},
 * or {@code form} for the name, version and levels sent beside them) and the line, 1 being the
 * header (0 for a form field).
 */
public record CsvProblem(String file, long line, String message) {}
