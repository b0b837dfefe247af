/**
 * Printable reports: JasperReports templates in {@code reports/} filled from the same analysis as
 * the screens and the API, exported to PDF, XLSX and (for the matrices) CSV.
 */
package org.sendcpd.reports;
