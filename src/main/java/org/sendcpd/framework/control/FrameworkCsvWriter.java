package org.sendcpd.framework.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sendcpd.framework.control.FrameworkDocument.AreaDoc;
import org.sendcpd.framework.control.FrameworkDocument.CompetenceDoc;
import org.sendcpd.framework.control.FrameworkDocument.RequirementDoc;

/** Writes a framework as the two CSV files of the exchange format; levels are written as ranks. */
public final class FrameworkCsvWriter {

  private FrameworkCsvWriter() {}

  public static String competences(FrameworkDocument document) {
    return print(
        printer -> {
          printer.printRecord(FrameworkCsvReader.COMPETENCE_COLUMNS);
          for (AreaDoc area : document.areas()) {
            for (CompetenceDoc c : area.competences()) {
              printer.printRecord(area.code(), area.name(), c.code(), c.statement());
            }
          }
        });
  }

  public static String requirements(FrameworkDocument document) {
    return print(
        printer -> {
          printer.printRecord(FrameworkCsvReader.REQUIREMENT_COLUMNS);
          for (RequirementDoc r : document.requirements()) {
            printer.printRecord(r.jobRole().name(), r.competenceCode(), r.level());
          }
        });
  }

  private interface Body {
    void write(CSVPrinter printer) throws IOException;
  }

  private static String print(Body body) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      body.write(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
