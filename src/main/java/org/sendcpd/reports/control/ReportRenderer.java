package org.sendcpd.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Fills the templates in {@code reports/} (on the classpath) and exports them. Each template is
 * compiled once, at its first use, and the compiled report is kept for the life of the application:
 * compiling costs most of a second, filling a school's report a few milliseconds.
 */
@ApplicationScoped
public class ReportRenderer {

  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

  /** Renders the report in PDF or XLSX; CSV comes from the report's table, made inert. */
  public byte[] render(ReportData data, ReportFormat format) {
    if (format == ReportFormat.CSV) {
      if (data.csv() == null) {
        throw new IllegalArgumentException(data.template() + " has no CSV form");
      }
      return data.csv().toCsv();
    }
    try {
      JasperPrint print = fill(data, format);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (format == ReportFormat.PDF) {
        JRPdfExporter pdf = new JRPdfExporter();
        pdf.setExporterInput(new SimpleExporterInput(print));
        pdf.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        pdf.exportReport();
      } else {
        JRXlsxExporter xlsx = new JRXlsxExporter();
        xlsx.setExporterInput(new SimpleExporterInput(print));
        xlsx.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration sheet = new SimpleXlsxReportConfiguration();
        sheet.setDetectCellType(true);
        sheet.setRemoveEmptySpaceBetweenRows(true);
        sheet.setRemoveEmptySpaceBetweenColumns(true);
        sheet.setWhitePageBackground(false);
        sheet.setOnePagePerSheet(false);
        xlsx.setConfiguration(sheet);
        xlsx.exportReport();
      }
      return out.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException(
          "Report " + data.template() + " failed: " + e.getMessage(), e);
    }
  }

  /** Fills the report; for a spreadsheet every text is made inert and the pages run on. */
  JasperPrint fill(ReportData data, ReportFormat format) throws JRException {
    boolean sheet = format.isSheet();
    Map<String, Object> parameters =
        new HashMap<>(sheet ? InertCells.inert(data.parameters()) : data.parameters());
    data.tables()
        .forEach(
            (name, rows) ->
                parameters.put(name, new JRMapCollectionDataSource(sheetSafe(rows, sheet))));
    if (sheet) {
      parameters.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
    }
    return JasperFillManager.fillReport(
        template(data.template()),
        parameters,
        new JRMapCollectionDataSource(sheetSafe(data.rows(), sheet)));
  }

  @SuppressWarnings("unchecked")
  private static java.util.Collection<Map<String, ?>> sheetSafe(
      List<? extends Map<String, ?>> rows, boolean sheet) {
    return sheet ? InertCells.inertRows(rows) : (List<Map<String, ?>>) rows;
  }

  /** The compiled template of that name, compiled at its first use. */
  public JasperReport template(String name) {
    return compiled.computeIfAbsent(name, ReportRenderer::compile);
  }

  private static JasperReport compile(String name) {
    String path = "/reports/" + name + ".jrxml";
    try (InputStream in = ReportRenderer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No report template " + path);
      }
      return JasperCompileManager.compileReport(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JRException e) {
      throw new IllegalStateException(
          "Template " + path + " does not compile: " + e.getMessage(), e);
    }
  }
}
