package org.sendcpd.framework.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.platform.control.EmptyDatabaseStarted;

/**
 * The frameworks every installation starts with, in our own wording: the default SEND framework,
 * Teachers' Standard 5 and the TA standards. They are imported on the first start, demo or not,
 * before the demo school (which finds them by name and version), and all three are active.
 */
@ApplicationScoped
public class ShippedFrameworks {

  /** Class-path resources under {@code /frameworks}, in the order they are imported. */
  public static final List<String> FILES =
      List.of("send-framework.json", "ts5-adaptive-teaching.json", "ta-standards.json");

  @Inject FrameworkImporter importer;
  @Inject Logger log;

  void onEmptyStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) EmptyDatabaseStarted event) {
    for (FrameworkDocument document : documents()) {
      SkillsFramework framework = importer.save(document);
      log.info(
          () ->
              "First start: imported the framework "
                  + framework.getName()
                  + " "
                  + framework.getVersion());
    }
  }

  /** The shipped frameworks, read and checked by the JSON exchange reader. */
  public static List<FrameworkDocument> documents() {
    return FILES.stream().map(ShippedFrameworks::read).toList();
  }

  static FrameworkDocument read(String file) {
    InputStream in = ShippedFrameworks.class.getResourceAsStream("/frameworks/" + file);
    if (in == null) {
      throw new IllegalStateException("The shipped framework /frameworks/" + file + " is missing");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new FrameworkJsonReader().read(reader);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
