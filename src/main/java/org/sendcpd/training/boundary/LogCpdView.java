package org.sendcpd.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.ClaimOptions;
import org.sendcpd.training.control.ClaimOptions.Choice;
import org.sendcpd.training.control.CpdDraft;
import org.sendcpd.training.control.CpdLogging;
import org.sendcpd.training.control.FollowUps;
import org.sendcpd.training.entity.DeliveryType;

/** Log CPD: a member of staff records training done elsewhere, with its certificate. */
@Named
@ViewScoped
public class LogCpdView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the form shows what the server refused; see p:messages for="refusals". */
  static final String REFUSALS = "refusals";

  @Inject CpdLogging logging;
  @Inject FollowUps followUps;
  @Inject CurrentUser caller;
  @Inject ClaimOptions options;

  private String title;
  private String provider;
  private DeliveryType delivery = DeliveryType.SPECIALIST_EXTERNAL;
  private LocalDate completedOn;
  private BigDecimal hours;
  private BigDecimal cost;
  private String reflection;
  private String intendedChange;
  private String areaCode;
  private List<FollowUps.AreaChoice> areas = List.of();
  private final List<ClaimRow> claims = new ArrayList<>();
  private transient UploadedFile certificate;
  private final KeptUpload kept = new KeptUpload();
  private Map<String, Choice> choices = Map.of();

  @PostConstruct
  void init() {
    Map<String, Choice> byCode = new LinkedHashMap<>();
    options.all().forEach(c -> byCode.put(c.code(), c));
    choices = byCode;
    claims.add(new ClaimRow());
    caller.staff().ifPresent(me -> areas = followUps.areas(me));
  }

  /** Saves the record and its certificate together, or neither, and goes back to My CPD. */
  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<CpdDraft.Claim> claimed =
        claims.stream()
            .filter(c -> c.getCompetenceCode() != null && !c.getCompetenceCode().isBlank())
            .map(c -> new CpdDraft.Claim(c.getCompetenceCode(), c.getLevel()))
            .toList();
    CpdDraft draft =
        new CpdDraft(
            null, null, title, provider, delivery, completedOn, hours, cost, claimed, reflection);
    kept.keep(certificate);
    boolean withFile = kept.isPresent();
    try (InputStream file = withFile ? kept.open() : null) {
      logging.log(draft, file, withFile ? kept.name() : null, intendedChange, areaCode);
    } catch (InvalidInputException e) {
      refused(faces, e);
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    kept.discard();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            "CPD logged",
            "It waits for your SENCO to verify it; you will see the outcome here."));
    return "/training/my-cpd?faces-redirect=true";
  }

  private static void refused(FacesContext faces, InvalidInputException e) {
    faces.validationFailed();
    if (e.details().isEmpty()) {
      faces.addMessage(
          REFUSALS, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    for (Object detail : e.details()) {
      String message = detail instanceof Map<?, ?> m ? String.valueOf(m.get("message")) : "";
      String field = detail instanceof Map<?, ?> m ? String.valueOf(m.get("field")) : "";
      faces.addMessage(
          REFUSALS,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, FieldNames.label(field), message));
    }
  }

  public void addClaim() {
    claims.add(new ClaimRow());
    caller.staff().ifPresent(me -> areas = followUps.areas(me));
  }

  public void removeClaim(ClaimRow row) {
    claims.remove(row);
  }

  /** Competences to claim, grouped by framework. */
  public List<SelectItem> getCompetenceOptions() {
    Map<String, List<SelectItem>> byFramework = new LinkedHashMap<>();
    choices
        .values()
        .forEach(
            c ->
                byFramework
                    .computeIfAbsent(c.framework(), f -> new ArrayList<>())
                    .add(new SelectItem(c.code(), c.code() + " " + c.statement())));
    List<SelectItem> groups = new ArrayList<>();
    byFramework.forEach(
        (framework, items) -> {
          SelectItemGroup group = new SelectItemGroup(framework);
          group.setSelectItems(items.toArray(SelectItem[]::new));
          groups.add(group);
        });
    return groups;
  }

  /** The levels of the chosen competence's own ladder, by rank. */
  public List<SelectItem> levelOptions(ClaimRow row) {
    Choice choice = row.getCompetenceCode() == null ? null : choices.get(row.getCompetenceCode());
    if (choice == null) {
      return List.of();
    }
    List<SelectItem> levels = new ArrayList<>();
    for (int i = 0; i < choice.levels().size(); i++) {
      levels.add(new SelectItem(i + 1, choice.levels().get(i)));
    }
    return levels;
  }

  public List<SelectItem> getDeliveries() {
    return Arrays.stream(DeliveryType.values())
        .map(d -> new SelectItem(d, DeliveryLabels.of(d)))
        .toList();
  }

  public LocalDate getToday() {
    return LocalDate.now();
  }

  public List<ClaimRow> getClaims() {
    return claims;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public DeliveryType getDelivery() {
    return delivery;
  }

  public void setDelivery(DeliveryType delivery) {
    this.delivery = delivery;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(LocalDate completedOn) {
    this.completedOn = completedOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public BigDecimal getCost() {
    return cost;
  }

  public void setCost(BigDecimal cost) {
    this.cost = cost;
  }

  public String getIntendedChange() {
    return intendedChange;
  }

  public void setIntendedChange(String intendedChange) {
    this.intendedChange = intendedChange;
  }

  public String getAreaCode() {
    return areaCode;
  }

  public void setAreaCode(String areaCode) {
    this.areaCode = areaCode;
  }

  /** The areas of need a change may be for, from the school's frameworks. */
  public List<FollowUps.AreaChoice> getAreas() {
    return areas;
  }

  public String getReflection() {
    return reflection;
  }

  public void setReflection(String reflection) {
    this.reflection = reflection;
  }

  /**
   * Keeps the chosen certificate once its input has been validated, even when another field fails
   * (the model is then never updated, and the browser empties the file input).
   */
  public void keepCertificate(ComponentSystemEvent event) {
    if (((UIInput) event.getComponent()).getValue() instanceof UploadedFile file) {
      kept.keep(file);
    }
  }

  /** The name of the certificate kept from an earlier try, or null. */
  public String getKeptCertificate() {
    return kept.isPresent() ? kept.name() : null;
  }

  public UploadedFile getCertificate() {
    return certificate;
  }

  public void setCertificate(UploadedFile certificate) {
    this.certificate = certificate;
  }
}
