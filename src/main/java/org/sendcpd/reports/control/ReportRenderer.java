package org.sendcpd.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
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

  /** Filled pages a large report keeps in memory; the others are swapped to disk. */
  static final int PAGES_IN_MEMORY = 20;

  private static final int SWAP_BLOCK_BYTES = 4096;

  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

  /** Renders the report in PDF or XLSX; CSV comes from the report's table, made inert. */
  public byte[] render(ReportData data, ReportFormat format) {
    if (format == ReportFormat.CSV) {
      return csv(data);
    }
    try {
      return export(fill(data, format, null), format);
    } catch (JRException e) {
      throw new IllegalStateException(
          "Report " + data.template() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Renders a report that may run to many pages (a whole trust's) with a swap-file virtualizer:
   * only {@value #PAGES_IN_MEMORY} filled pages stay in memory, the rest wait in a swap file in a
   * temporary directory that is removed when the file is made.
   */
  public byte[] renderLarge(ReportData data, ReportFormat format) {
    if (format == ReportFormat.CSV) {
      return csv(data);
    }
    Path dir = null;
    JRSwapFileVirtualizer virtualizer = null;
    try {
      dir = Files.createTempDirectory("sendcpd-report-");
      virtualizer =
          new JRSwapFileVirtualizer(
              PAGES_IN_MEMORY, new JRSwapFile(dir.toString(), SWAP_BLOCK_BYTES, 64), true);
      JasperPrint print = fill(data, format, virtualizer);
      virtualizer.setReadOnly(true);
      return export(print, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JRException e) {
      throw new IllegalStateException(
          "Report " + data.template() + " failed: " + e.getMessage(), e);
    } finally {
      if (virtualizer != null) {
        virtualizer.cleanup();
      }
      removeQuietly(dir);
    }
  }

  private static byte[] csv(ReportData data) {
    if (data.csv() == null) {
      throw new IllegalArgumentException(data.template() + " has no CSV form");
    }
    return data.csv().toCsv();
  }

  private static void removeQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      dir.toFile().deleteOnExit();
    }
  }

  private static byte[] export(JasperPrint print, ReportFormat format) throws JRException {
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
  }

  /** Fills the report; for a spreadsheet every text is made inert and the pages run on. */
  JasperPrint fill(ReportData data, ReportFormat format) throws JRException {
    return fill(data, format, null);
  }

  private JasperPrint fill(ReportData data, ReportFormat format, JRVirtualizer virtualizer)
      throws JRException {
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
    if (virtualizer != null) {
      parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
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
