package org.sendcpd.organisation.boundary;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.sendcpd.organisation.control.LineError;
import org.sendcpd.organisation.control.MisPreset;
import org.sendcpd.organisation.control.StaffImport;
import org.sendcpd.organisation.control.StaffService;

/**
 * The staff list's import form: a CSV in our format or an MIS export, and what came of it. Nothing
 * is saved when any line is wrong, and then every wrong line is listed.
 */
public class StaffUpload implements Serializable {

  private static final long serialVersionUID = 1L;

  private MisPreset preset = MisPreset.STANDARD;
  private transient UploadedFile file;
  private List<String> errors = List.of();
  private String outcome;

  /** True when the file was imported. */
  boolean run(StaffService staff, long schoolId) {
    errors = List.of();
    outcome = null;
    if (file == null || file.getSize() == 0) {
      errors = List.of("Choose the CSV file to import.");
      return false;
    }
    StaffImport result;
    try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      result = staff.importCsv(schoolId, csv, preset);
    } catch (IOException e) {
      errors = List.of("The file could not be read: " + e.getMessage());
      return false;
    }
    if (!result.errors().isEmpty()) {
      errors = result.errors().stream().map(StaffUpload::describe).toList();
      return false;
    }
    outcome =
        result.created() + " added, " + result.updated() + " updated from " + file.getFileName();
    return true;
  }

  private static String describe(LineError error) {
    return error.line() > 0 ? "Line " + error.line() + ": " + error.message() : error.message();
  }

  public List<MisPreset> getPresets() {
    return Arrays.asList(MisPreset.values());
  }

  public MisPreset getPreset() {
    return preset;
  }

  public void setPreset(MisPreset preset) {
    this.preset = preset == null ? MisPreset.STANDARD : preset;
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

  public String getOutcome() {
    return outcome;
  }
}
