package org.sendcpd.gaps.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.gaps.control.DashboardFigures;
import org.sendcpd.gaps.control.DashboardService;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.organisation.entity.JobRole;

/** The head's and the SENCO's dashboard: headline tiles, charts and the gap heatmap for a date. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DashboardService dashboards;
  @Inject VisibleSchools schools;
  @Inject FacesContext faces;

  private Long schoolId;
  private LocalDate date = LocalDate.now();
  private DashboardFigures figures;
  private int groupDayGaps;
  private String gapGroups = "";
  private GapMatrix matrix = new GapMatrix(List.of(), List.of());
  private Charts charts;

  /** The Chart.js configurations of the five charts, as JSON. */
  public record Charts(
      String coverage, String lapses, String spendByRole, String spendByDelivery, String openGaps)
      implements Serializable {}

  @PostConstruct
  void init() {
    schoolId = schools.requireDefaultSchool();
  }

  /** The page's view action and the listener of the school and date choices. */
  public void load() {
    if (date == null) {
      date = LocalDate.now();
    }
    DashboardService.Dashboard dashboard = dashboards.dashboard(schoolId, date);
    figures = dashboard.figures();
    List<CapacityReport.GroupCover> byGroup = dashboard.analysis().capacity().byGroup();
    groupDayGaps = byGroup.stream().mapToInt(g -> g.gapDays().size()).sum();
    gapGroups =
        byGroup.stream()
            .filter(g -> !g.gapDays().isEmpty())
            .map(CapacityReport.GroupCover::group)
            .distinct()
            .collect(Collectors.joining(", "));
    matrix = GapMatrix.of(dashboard.analysis(), new GapMatrix.Filter("", "", "", null));
    DashboardCharts builder = new DashboardCharts(this::text);
    charts =
        new Charts(
            builder.coverage(figures.coverage()),
            builder.lapses(figures.lapsesByMonth()),
            builder.spendByRole(figures.spendByRole()),
            builder.spendByDelivery(figures.spendByDelivery()),
            builder.openGaps(figures.openGaps()));
  }

  private String text(String key) {
    if (key.startsWith("jobRole.")) {
      return JobRole.labelOf(key.substring("jobRole.".length()));
    }
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  /**
   * How the open gaps compare with the end of September: "98 fewer than at the end of September",
   * or empty before that date.
   */
  public String getGapsSinceSeptember() {
    List<DashboardFigures.DateCount> series = figures.openGaps();
    if (series.size() < 2) {
      return "";
    }
    int change = series.get(series.size() - 1).count() - series.get(0).count();
    return Math.abs(change)
        + " "
        + text(
            change > 0 ? "dashboard.tile.moreThanSeptember" : "dashboard.tile.fewerThanSeptember");
  }

  /** Group-days with pupils in an area of need and no adult at enhanced deployed there. */
  public int getGroupDayGaps() {
    return groupDayGaps;
  }

  /** The groups with a gap day, for the tile's note: "Year 2, The Hive". */
  public String getGapGroups() {
    return gapGroups;
  }

  public DashboardFigures.Tiles getTiles() {
    return figures.tiles();
  }

  public Charts getCharts() {
    return charts;
  }

  public GapMatrix getMatrix() {
    return matrix;
  }

  public String roleLabel(String jobRole) {
    return JobRole.labelOf(jobRole);
  }

  public List<SelectItem> getSchools() {
    return schools.options().stream().map(o -> new SelectItem(o.id(), o.name())).toList();
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }
}
