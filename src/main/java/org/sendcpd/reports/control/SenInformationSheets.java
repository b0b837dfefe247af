package org.sendcpd.reports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The SEN information draft as spreadsheet tables, from the same rows as its PDF: the draft's
 * paragraphs, the adults at each level by area of need, the specialist expertise and the training
 * planned, each its own sheet.
 */
final class SenInformationSheets {

  private SenInformationSheets() {}

  static List<SheetTable> of(List<Map<String, ?>> rows) {
    return List.of(text(rows), areas(rows), specialists(rows), planned(rows));
  }

  private static SheetTable text(List<Map<String, ?>> rows) {
    return new SheetTable(
        "Draft text",
        List.of(SheetColumn.text("Heading"), SheetColumn.text("Text")),
        select(rows, "para", r -> List.of(r.get("heading"), r.get("text"))));
  }

  private static SheetTable areas(List<Map<String, ?>> rows) {
    Map<String, ?> first =
        rows.stream().filter(r -> "area".equals(r.get("section"))).findFirst().orElse(Map.of());
    List<SheetColumn> columns = new ArrayList<>(List.of(SheetColumn.text("Area of need")));
    for (int level = 1; level <= 3; level++) {
      Object name = first.get("name" + level);
      columns.add(
          SheetColumn.of(
              "Adults at " + (name == null ? "level " + level : name) + " or above",
              CellKind.WHOLE));
    }
    columns.add(SheetColumn.of("Pupils", CellKind.WHOLE));
    columns.add(SheetColumn.of("EHC plans", CellKind.WHOLE));
    return new SheetTable(
        "Adults by area of need",
        columns,
        select(
            rows,
            "area",
            r ->
                List.of(
                    r.get("heading"),
                    r.get("level1"),
                    r.get("level2"),
                    r.get("level3"),
                    r.get("pupils"),
                    r.get("ehc"))));
  }

  private static SheetTable specialists(List<Map<String, ?>> rows) {
    return new SheetTable(
        "Specialist expertise",
        List.of(
            SheetColumn.text("Competence"),
            SheetColumn.text("Area of need"),
            SheetColumn.of("Adults", CellKind.WHOLE),
            SheetColumn.text("Job roles")),
        select(
            rows,
            "specialist",
            r -> List.of(r.get("heading"), r.get("text"), r.get("level1"), r.get("roles"))));
  }

  private static SheetTable planned(List<Map<String, ?>> rows) {
    return new SheetTable(
        "Training planned",
        List.of(
            SheetColumn.text("Course"),
            SheetColumn.of("Date", CellKind.DATE),
            SheetColumn.text("Delivery"),
            SheetColumn.of("Places taken", CellKind.WHOLE)),
        select(
            rows,
            "planned",
            r -> List.of(r.get("heading"), r.get("on"), r.get("roles"), r.get("level1"))));
  }

  private static List<List<?>> select(
      List<Map<String, ?>> rows, String section, Function<Map<String, ?>, List<?>> cells) {
    return rows.stream().filter(r -> section.equals(r.get("section"))).<List<?>>map(cells).toList();
  }
}
