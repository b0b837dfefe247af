package org.sendcpd.gaps.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendcpd.gaps.control.DashboardFigures;

/** The Chart.js configurations carry the figures, readable titles and en-GB pounds. */
class DashboardChartsTest {

  private final DashboardCharts charts = new DashboardCharts(key -> "[" + key + "]");

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void coverageStacksTheThreeTiersPerAreaWithWrappedNames() {
    JsonObject chart =
        parse(
            charts.coverage(
                List.of(
                    new DashboardFigures.AreaTiers("SOCIAL_EMOTIONAL_MENTAL_HEALTH", 4, 3, 1))));
    assertEquals("bar", chart.getString("type"));
    JsonObject data = chart.getJsonObject("data");
    assertEquals(
        "[area.SOCIAL_EMOTIONAL_MENTAL_HEALTH]",
        data.getJsonArray("labels").getJsonArray(0).getString(0));
    assertEquals(3, data.getJsonArray("datasets").size());
    assertEquals(
        "[dashboard.tier.enhanced]",
        data.getJsonArray("datasets").getJsonObject(1).getString("label"));
    assertEquals(3, data.getJsonArray("datasets").getJsonObject(1).getJsonArray("data").getInt(0));
    JsonObject options = chart.getJsonObject("options");
    assertEquals("en-GB", options.getString("locale"));
    assertEquals(true, options.getJsonObject("scales").getJsonObject("y").getBoolean("stacked"));
    assertEquals(
        "[dashboard.chart.coverage]",
        options.getJsonObject("plugins").getJsonObject("title").getString("text"));
  }

  @Test
  void spendPlotsPoundsOnASecondAxisAndLabelsDeliveryTypes() {
    JsonObject chart =
        parse(charts.spendByDelivery(List.of(new DashboardFigures.Spend("ONLINE", 2, 1.5, 20.0))));
    JsonObject spendAxis =
        chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y1");
    JsonObject format = spendAxis.getJsonObject("ticks").getJsonObject("format");
    assertEquals("GBP", format.getString("currency"));
    assertEquals("[dashboard.axis.spend]", spendAxis.getJsonObject("title").getString("text"));
    JsonObject data = chart.getJsonObject("data");
    assertEquals("[delivery.ONLINE]", data.getJsonArray("labels").getJsonArray(0).getString(0));
    assertEquals(
        20.0,
        data.getJsonArray("datasets")
            .getJsonObject(1)
            .getJsonArray("data")
            .getJsonNumber(0)
            .doubleValue());
  }

  @Test
  void longLabelsBreakIntoLines() {
    DashboardCharts plain = new DashboardCharts(key -> "Higher-level teaching assistant");
    JsonObject chart =
        parse(plain.spendByRole(List.of(new DashboardFigures.Spend("HLTA", 1, 2, 0))));
    assertEquals(
        List.of("Higher-level", "teaching assistant"),
        chart
            .getJsonObject("data")
            .getJsonArray("labels")
            .getJsonArray(0)
            .getValuesAs(jakarta.json.JsonString::getString));
  }

  @Test
  void monthsAndDatesAreWrittenTheBritishWay() {
    JsonObject lapses =
        parse(charts.lapses(List.of(new DashboardFigures.MonthCount(YearMonth.of(2027, 1), 2))));
    assertEquals("Jan 2027", lapses.getJsonObject("data").getJsonArray("labels").getString(0));
    JsonObject gaps =
        parse(
            charts.openGaps(
                List.of(new DashboardFigures.DateCount(LocalDate.of(2026, 10, 31), 5))));
    assertEquals("31 Oct", gaps.getJsonObject("data").getJsonArray("labels").getString(0));
    assertEquals("line", gaps.getString("type"));
  }
}
