package org.sendcpd.framework.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.sendcpd.framework.control.FrameworkCatalogue;
import org.sendcpd.framework.control.FrameworkCsvReader;
import org.sendcpd.framework.control.FrameworkExport;
import org.sendcpd.framework.control.FrameworkService;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;

/** The frameworks, for those who keep them: activate, retire, import and export. */
@Named
@ViewScoped
public class FrameworkListView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One framework as the list shows it. */
  public record Row(
      long id,
      String name,
      String version,
      String source,
      boolean active,
      long competences,
      long requirements,
      String appliesTo,
      boolean changeable)
      implements Serializable {}

  @Inject FrameworkCatalogue catalogue;
  @Inject FrameworkService service;
  @Inject FacesContext faces;

  private List<Row> rows = List.of();
  private List<String> errors = List.of();
  private transient UploadedFile file;
  private transient UploadedFile requirementsFile;
  private String name;
  private String version;
  private String source;
  private String levels = FrameworkCsvReader.DEFAULT_LEVELS;
  private boolean schoolImport;

  /** The page's view action: refuses anyone who may not edit frameworks, then loads. */
  public void load() {
    service.requireEditor(null);
    Map<Long, Long> competences = catalogue.competenceCounts();
    Map<Long, Long> requirements = catalogue.requirementCounts();
    rows =
        service.visible(catalogue.all()).stream()
            .map(
                f ->
                    new Row(
                        f.getId(),
                        f.getName(),
                        f.getVersion(),
                        f.getSource(),
                        f.isActive(),
                        competences.getOrDefault(f.getId(), 0L),
                        requirements.getOrDefault(f.getId(), 0L),
                        f.isShared() ? text("frameworkList.everySchool") : f.getSchool().getName(),
                        service.mayChange(f)))
            .toList();
    schoolImport = service.importsForOneSchool();
  }

  /** Whether what this person imports is their school's own framework (a SENCO's). */
  public boolean isSchoolImport() {
    return schoolImport;
  }

  public void activate(long id) {
    SkillsFramework f = service.setActive(id, true);
    info("frameworkList.activated", f.getName() + " " + f.getVersion());
    load();
  }

  public void retire(long id) {
    SkillsFramework f = service.setActive(id, false);
    info("frameworkList.retired", f.getName() + " " + f.getVersion());
    load();
  }

  /** Imports the uploaded file: JSON by its name or content, otherwise the CSV pair. */
  public void upload() {
    errors = List.of();
    if (file == null || file.getSize() == 0) {
      errors = List.of(text("frameworkList.noFile"));
      return;
    }
    try {
      String content = new String(file.getContent(), StandardCharsets.UTF_8);
      SkillsFramework imported;
      if (isJson(file.getFileName(), content)) {
        imported = service.importJson(new StringReader(content));
      } else {
        imported =
            service.importCsv(
                new FrameworkCsvReader.Header(name, version, source, levels),
                new StringReader(content),
                requirementsFile == null || requirementsFile.getSize() == 0
                    ? null
                    : reader(requirementsFile));
      }
      info("frameworkList.imported", imported.getName() + " " + imported.getVersion());
      name = null;
      version = null;
      source = null;
      load();
    } catch (InvalidInputException e) {
      errors = new ArrayList<>(FrameworkMessages.of(e));
    } catch (ConflictException e) {
      errors = List.of(e.getMessage());
    }
  }

  public StreamedContent export(long id, String format, String part) {
    SkillsFramework framework = catalogue.find(id).orElseThrow();
    FrameworkExport file = FrameworkExport.of(catalogue.document(framework), format, part);
    byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.mediaType())
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  static boolean isJson(String fileName, String content) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || content.stripLeading().replace("\uFEFF", "").startsWith("{");
  }

  private static Reader reader(UploadedFile upload) {
    try {
      return new InputStreamReader(upload.getInputStream(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void info(String key, String detail) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), detail));
  }

  private String text(String key) {
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<String> getErrors() {
    return errors;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public UploadedFile getRequirementsFile() {
    return requirementsFile;
  }

  public void setRequirementsFile(UploadedFile requirementsFile) {
    this.requirementsFile = requirementsFile;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getLevels() {
    return levels;
  }

  public void setLevels(String levels) {
    this.levels = levels;
  }
}
