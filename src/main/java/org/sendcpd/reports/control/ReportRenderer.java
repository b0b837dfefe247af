package org.sendcpd.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import net.sf.jasperreports.engine.export.JRExportProgressMonitor;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/**
 * Fills the templates in {@code reports/} (on the classpath) and exports them. Each template is
 * compiled once, at its first use, and the compiled report is kept for the life of the application:
 * compiling costs most of a second, filling a school's report a few milliseconds. Every PDF fills
 * through a swap-file virtualizer, so however many pages a school's report runs to, only {@value
 * #PAGES_IN_MEMORY} filled pages are in memory at a time. Spreadsheets are not print layouts: they
 * are written with Apache POI from the report's typed tables ({@link Spreadsheets}).
 */
@ApplicationScoped
public class ReportRenderer {

  /** Filled pages a large report keeps in memory; the others are swapped to disk. */
  static final int PAGES_IN_MEMORY = 20;

  private static final int SWAP_BLOCK_BYTES = 4096;

  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

  /**
   * Renders the report in PDF or XLSX, in memory; CSV comes from the report's table, made inert.
   */
  public byte[] render(ReportData data, ReportFormat format) {
    if (format == ReportFormat.CSV) {
      return csv(data);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (format == ReportFormat.XLSX) {
      Spreadsheets.write(book(data), out, ReportProgress.NONE);
    } else {
      write(data, format, out, ReportProgress.NONE);
    }
    return out.toByteArray();
  }

  /**
   * Renders a report that may run to thousands of pages (a large school's, the whole trust's) into
   * a temporary file, saying how far it has come: the file is not held in memory, nor is a
   * spreadsheet's table (it streams its rows).
   */
  public Path spool(ReportData data, ReportFormat format, ReportProgress progress) {
    Path file = null;
    try {
      file = Files.createTempFile("sendcpd-spool-", "." + format.extension());
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        if (format == ReportFormat.CSV) {
          out.write(csv(data));
        } else if (format == ReportFormat.XLSX) {
          Spreadsheets.write(book(data), out, progress);
        } else {
          write(data, format, out, progress);
        }
      }
      return file;
    } catch (IOException | RuntimeException e) {
      deleteQuietly(file);
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
  }

  private void write(
      ReportData data, ReportFormat format, OutputStream out, ReportProgress progress) {
    Path dir = null;
    JRSwapFileVirtualizer virtualizer = null;
    try {
      dir = Files.createTempDirectory("sendcpd-report-");
      virtualizer =
          new JRSwapFileVirtualizer(
              PAGES_IN_MEMORY, new JRSwapFile(dir.toString(), SWAP_BLOCK_BYTES, 64), true);
      progress.at(10, "Filling the pages");
      JasperPrint print = fill(data, virtualizer, progress);
      virtualizer.setReadOnly(true);
      export(print, format, out, progress);
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

  private static SheetBook book(ReportData data) {
    if (data.book() == null) {
      throw new IllegalArgumentException(data.template() + " has no spreadsheet form");
    }
    return data.book();
  }

  private static byte[] csv(ReportData data) {
    if (data.csv() == null) {
      throw new IllegalArgumentException(data.template() + " has no CSV form");
    }
    return data.csv().toCsv();
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      file.toFile().delete();
    }
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

  private static void export(
      JasperPrint print, ReportFormat format, OutputStream out, ReportProgress progress)
      throws JRException {
    int pages = print.getPages().size();
    int[] done = {0};
    JRExportProgressMonitor monitor =
        () -> {
          done[0]++;
          if (done[0] % 50 == 0 || done[0] == pages) {
            progress.at(
                80 + 19 * done[0] / Math.max(1, pages), "Writing page " + done[0] + " of " + pages);
          }
        };
    JRPdfExporter pdf = new JRPdfExporter();
    pdf.setExporterInput(new SimpleExporterInput(print));
    pdf.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfReportConfiguration configuration = new SimplePdfReportConfiguration();
    configuration.setProgressMonitor(monitor);
    pdf.setConfiguration(configuration);
    pdf.exportReport();
  }

  /** Fills the report for its PDF. */
  JasperPrint fill(ReportData data) throws JRException {
    return fill(data, null, ReportProgress.NONE);
  }

  private JasperPrint fill(ReportData data, JRVirtualizer virtualizer, ReportProgress progress)
      throws JRException {
    Map<String, Object> parameters = new HashMap<>(data.parameters());
    data.tables().forEach((name, rows) -> parameters.put(name, dataSource(rows)));
    if (virtualizer != null) {
      parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
    }
    return JasperFillManager.fillReport(
        template(data.template()),
        parameters,
        new JRMapCollectionDataSource(FillProgress.of(data.rows(), progress, 20, 80)));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, ?>> rows(List<? extends Map<String, ?>> rows) {
    return (List<Map<String, ?>>) rows;
  }

  private static JRMapCollectionDataSource dataSource(List<? extends Map<String, ?>> rows) {
    return new JRMapCollectionDataSource(rows(rows));
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
