package org.sendcpd.gaps.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.sendcpd.gaps.control.DashboardFigures;

/**
 * The dashboard's figures as Chart.js configurations for p:chart: titles, axis titles, en-GB
 * numbers and pounds (Chart.js formats ticks and tooltips with Intl, so no script is needed), and
 * the Okabe-Ito colours, which colour-blind readers tell apart.
 */
final class DashboardCharts {

  /** Three blues from light to dark: the tiers read as a scale, whatever one's colour vision. */
  static final List<String> TIERS = List.of("#9ECAE1", "#4292C6", "#08306B");

  static final String BLUE = "#0072B2";
  static final String ORANGE = "#E69F00";
  static final String GREEN = "#009E73";
  static final String VERMILLION = "#D55E00";

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

  private static final int WRAP = 18;

  private final Function<String, String> text;

  /** text: the screen's messages by key; labels for job roles and delivery types come from it. */
  DashboardCharts(Function<String, String> text) {
    this.text = text;
  }

  String coverage(List<DashboardFigures.AreaTiers> areas) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    List<ToDoubleFunction<DashboardFigures.AreaTiers>> tiers =
        List.of(
            DashboardFigures.AreaTiers::universal,
            DashboardFigures.AreaTiers::enhanced,
            DashboardFigures.AreaTiers::specialist);
    List<String> names = List.of("universal", "enhanced", "specialist");
    for (int i = 0; i < tiers.size(); i++) {
      datasets.add(
          dataset(text.apply("dashboard.tier." + names.get(i)), TIERS.get(i), areas, tiers.get(i))
              .add("stack", "tiers"));
    }
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add("x", axis("dashboard.axis.areaOfNeed").add("stacked", true))
            .add("y", countAxis("dashboard.axis.adults").add("stacked", true));
    return chart(
        "bar",
        wrapped(areas.stream().map(a -> text.apply("area." + a.areaOfNeed())).toList()),
        datasets,
        options("dashboard.chart.coverage", scales));
  }

  String lapses(List<DashboardFigures.MonthCount> months) {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                dataset(
                    text.apply("dashboard.series.lapses"),
                    VERMILLION,
                    months,
                    DashboardFigures.MonthCount::count));
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add("x", axis("dashboard.axis.month"))
            .add("y", countAxis("dashboard.axis.certificates"));
    return chart(
        "bar",
        labels(months.stream().map(m -> MONTH.format(m.month())).toList()),
        datasets,
        options("dashboard.chart.lapses", scales));
  }

  String spendByRole(List<DashboardFigures.Spend> rows) {
    return spend(rows, "jobRole.", "dashboard.chart.spendByRole", "dashboard.axis.jobRole");
  }

  String spendByDelivery(List<DashboardFigures.Spend> rows) {
    return spend(rows, "delivery.", "dashboard.chart.spendByDelivery", "dashboard.axis.delivery");
  }

  String openGaps(List<DashboardFigures.DateCount> points) {
    JsonObjectBuilder line =
        dataset(
                text.apply("dashboard.series.openGaps"),
                VERMILLION,
                points,
                DashboardFigures.DateCount::count)
            .add("borderColor", VERMILLION)
            .add("pointRadius", 4)
            .add("tension", 0);
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add("x", axis("dashboard.axis.monthEnd"))
            .add("y", countAxis("dashboard.axis.gaps").add("beginAtZero", true));
    return chart(
        "line",
        labels(points.stream().map(p -> DAY.format(p.date())).toList()),
        Json.createArrayBuilder().add(line),
        options("dashboard.chart.openGaps", scales));
  }

  private String spend(
      List<DashboardFigures.Spend> rows, String labelPrefix, String title, String categoryAxis) {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                dataset(
                        text.apply("dashboard.series.hours"),
                        BLUE,
                        rows,
                        DashboardFigures.Spend::hours)
                    .add("yAxisID", "y"))
            .add(
                dataset(
                        text.apply("dashboard.series.spend"),
                        ORANGE,
                        rows,
                        DashboardFigures.Spend::cost)
                    .add("yAxisID", "y1"));
    JsonObjectBuilder pounds =
        Json.createObjectBuilder()
            .add("style", "currency")
            .add("currency", "GBP")
            // Chart.js sets a minimum of fraction digits from its step (0.1 when every spend is
            // nought); whole pounds need both, or the browser refuses the format.
            .add("minimumFractionDigits", 0)
            .add("maximumFractionDigits", 0);
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add("x", axis(categoryAxis))
            .add("y", countAxis("dashboard.axis.hours").add("position", "left"))
            .add(
                "y1",
                axis("dashboard.axis.spend")
                    .add("position", "right")
                    .add("beginAtZero", true)
                    .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                    .add(
                        "ticks",
                        Json.createObjectBuilder().add("precision", 0).add("format", pounds)));
    return chart(
        "bar",
        wrapped(rows.stream().map(r -> text.apply(labelPrefix + r.key())).toList()),
        datasets,
        options(title, scales));
  }

  private static <T> JsonObjectBuilder dataset(
      String label, String colour, List<T> rows, ToDoubleFunction<T> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    rows.forEach(r -> data.add(value.applyAsDouble(r)));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private JsonObjectBuilder axis(String titleKey) {
    return Json.createObjectBuilder()
        .add(
            "title",
            Json.createObjectBuilder()
                .add("display", true)
                .add("text", text.apply(titleKey))
                .add("font", Json.createObjectBuilder().add("weight", "bold")));
  }

  private JsonObjectBuilder countAxis(String titleKey) {
    return axis(titleKey)
        .add("beginAtZero", true)
        .add("ticks", Json.createObjectBuilder().add("precision", 0));
  }

  private JsonObjectBuilder options(String titleKey, JsonObjectBuilder scales) {
    JsonObjectBuilder plugins =
        Json.createObjectBuilder()
            .add(
                "title",
                Json.createObjectBuilder()
                    .add("display", true)
                    .add("text", text.apply(titleKey))
                    .add("font", Json.createObjectBuilder().add("size", 15)))
            .add("legend", Json.createObjectBuilder().add("position", "bottom"));
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("locale", "en-GB")
        .add("plugins", plugins)
        .add("scales", scales);
  }

  private static JsonArrayBuilder labels(List<String> labels) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    labels.forEach(array::add);
    return array;
  }

  /** Category labels broken into lines of about 18 characters, so none is tilted or clipped. */
  private static JsonArrayBuilder wrapped(List<String> labels) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String label : labels) {
      JsonArrayBuilder lines = Json.createArrayBuilder();
      StringBuilder line = new StringBuilder();
      for (String word : label.split(" ")) {
        if (line.length() > 0 && line.length() + word.length() >= WRAP) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? " " : "").append(word);
      }
      array.add(lines.add(line.toString()));
    }
    return array;
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
    JsonObject config =
        Json.createObjectBuilder()
            .add("type", type)
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build();
    return config.toString();
  }
}
