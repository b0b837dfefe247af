package org.sendcpd.reports.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sendcpd.analysis.EvaluationAverages;
import org.sendcpd.analysis.ImpactChain;
import org.sendcpd.impact.control.PriorityImpact;

/**
 * The impact report as data for a spreadsheet: the chain on one sheet (a row per priority and term,
 * the header in row 1, numbers as numbers and days as dates, empty where fewer than five answered)
 * and the measures on another. Written with Apache POI, so a governor's spreadsheet can sort and
 * sum it without unpicking a printed layout.
 */
public final class ImpactWorkbook {

  static final List<String> CHAIN =
      List.of(
          "Priority",
          "Academic year",
          "Term",
          "From",
          "To",
          "People trained",
          "CPD hours",
          "Spend (GBP)",
          "Evaluation answers",
          "Usefulness (of 5)",
          "Confidence before (of 4)",
          "Confidence after (of 4)",
          "Follow-ups not yet",
          "Follow-ups tried",
          "Follow-ups embedded",
          "Follow-ups due",
          "Competences");

  static final List<String> MEASURES =
      List.of("Priority", "Academic year", "Taken on", "Measure", "Value", "Out of", "Percent");

  private ImpactWorkbook() {}

  public static byte[] of(List<PriorityImpact> impacts) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle day = book.createCellStyle();
      day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet chain = book.createSheet("Chain");
      header(chain, CHAIN, bold);
      Sheet measures = book.createSheet("Measures");
      header(measures, MEASURES, bold);
      Sheet note = book.createSheet("Note");
      note.createRow(0).createCell(0).setCellValue(ImpactChain.ASSOCIATION_NOT_CAUSE);
      int r = 1;
      int m = 1;
      for (PriorityImpact p : impacts) {
        for (ImpactChain.Link link : p.terms()) {
          chainRow(chain.createRow(r++), p, link, day);
          for (ImpactChain.Measure measure : link.measures()) {
            measureRow(measures.createRow(m++), p, measure, day);
          }
        }
        chainRow(chain.createRow(r++), p, p.year(), day);
      }
      chain.createFreezePane(0, 1);
      measures.createFreezePane(0, 1);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void header(Sheet sheet, List<String> names, CellStyle bold) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.size(); i++) {
      row.createCell(i).setCellValue(names.get(i));
      row.getCell(i).setCellStyle(bold);
      sheet.setColumnWidth(i, Math.max(12, names.get(i).length() + 2) * 256);
    }
  }

  private static void chainRow(Row row, PriorityImpact p, ImpactChain.Link l, CellStyle day) {
    row.createCell(0).setCellValue(p.title());
    row.createCell(1).setCellValue(p.academicYear());
    row.createCell(2).setCellValue(l.term().name());
    date(row, 3, l.term().from(), day);
    date(row, 4, l.term().to(), day);
    row.createCell(5).setCellValue(l.peopleTrained());
    number(row, 6, l.cpdHours());
    number(row, 7, l.spend());
    EvaluationAverages e = l.evaluation();
    row.createCell(8).setCellValue(e.answers());
    number(row, 9, e.usefulness());
    number(row, 10, e.confidenceBefore());
    number(row, 11, e.confidenceAfter());
    row.createCell(12).setCellValue(l.followUps().notYet());
    row.createCell(13).setCellValue(l.followUps().tried());
    row.createCell(14).setCellValue(l.followUps().embedded());
    row.createCell(15).setCellValue(l.followUps().due());
    row.createCell(16).setCellValue(String.join(", ", p.competences()));
  }

  private static void measureRow(
      Row row, PriorityImpact p, ImpactChain.Measure measure, CellStyle day) {
    row.createCell(0).setCellValue(p.title());
    row.createCell(1).setCellValue(p.academicYear());
    date(row, 2, measure.takenOn(), day);
    row.createCell(3).setCellValue(measure.label());
    number(row, 4, measure.value());
    number(row, 5, measure.outOf());
    number(row, 6, measure.percent());
  }

  private static void date(Row row, int column, LocalDate value, CellStyle day) {
    row.createCell(column).setCellValue(value);
    row.getCell(column).setCellStyle(day);
  }

  /** A number cell, or no cell at all where there is no figure (below five answers, no whole). */
  private static void number(Row row, int column, Object value) {
    if (value instanceof BigDecimal n) {
      row.createCell(column).setCellValue(n.doubleValue());
    } else if (value instanceof Double d) {
      row.createCell(column).setCellValue(d);
    }
  }
}
