package org.sendcpd.training.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.sendcpd.organisation.control.LineError;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.TooLargeException;
import org.sendcpd.training.control.CpdHistoryImport;
import org.sendcpd.training.control.CpdHistoryResult;
import org.sendcpd.training.control.HistoryFiles;

/**
 * Import CPD history: the SENCO uploads the file and checks it (a dry run that lists every wrong
 * line), then imports the file they checked. The checked file is kept in the view, so what is
 * imported is exactly what was checked.
 */
@Named
@ViewScoped
public class CpdImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CpdHistoryImport history;
  @Inject SchoolChoice schools;

  private transient UploadedFile file;
  private byte[] checked;
  private String fileName;
  private List<String> errors = List.of();
  private int lines;
  private int records;
  private Integer imported;

  /** The dry run of the uploaded file. */
  public void check() {
    reset();
    if (file == null || file.getSize() == 0) {
      errors = List.of("Choose the CSV or XLSX file to check.");
      return;
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = HistoryFiles.readLimited(in);
    } catch (TooLargeException e) {
      errors = List.of(e.getMessage());
      return;
    } catch (IOException e) {
      errors = List.of("The file could not be read: " + e.getMessage());
      return;
    }
    CpdHistoryResult result = history.run(schools.resolve(null), bytes, true);
    if (!result.isClean()) {
      errors = result.errors().stream().map(CpdImportView::describe).toList();
      return;
    }
    checked = bytes;
    fileName = file.getFileName();
    lines = result.lines();
    records = result.records();
  }

  /** Imports the file that was checked; if anything changed since, the errors show instead. */
  public void importChecked() {
    if (checked == null) {
      errors = List.of("Check a file first.");
      return;
    }
    CpdHistoryResult result = history.run(schools.resolve(null), checked, false);
    checked = null;
    if (!result.isClean()) {
      errors = result.errors().stream().map(CpdImportView::describe).toList();
      return;
    }
    imported = result.created();
  }

  private void reset() {
    checked = null;
    fileName = null;
    errors = List.of();
    lines = 0;
    records = 0;
    imported = null;
  }

  private static String describe(LineError error) {
    return error.line() > 0 ? "Line " + error.line() + ": " + error.message() : error.message();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public List<String> getErrors() {
    return errors;
  }

  /** True when a clean file waits to be imported. */
  public boolean isReady() {
    return checked != null;
  }

  public String getFileName() {
    return fileName;
  }

  public int getLines() {
    return lines;
  }

  public int getRecords() {
    return records;
  }

  public Integer getImported() {
    return imported;
  }

  public String getHeader() {
    return String.join(",", org.sendcpd.training.control.HistoryTable.COLUMNS);
  }
}
