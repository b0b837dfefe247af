package org.sendcpd.demo;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.sendcpd.assessment.entity.Observation;
import org.sendcpd.assessment.entity.SelfAssessment;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.StaffMember;

/**
 * Oakfield's observations and self-assessments ({@code practice.json}): line managers, the SENCO
 * and the head have seen most staff practise the Teachers' Standard 5 and TA-standard competences
 * that no course closes, and some people have rated their confidence this term (one last term).
 */
final class DemoPractice {

  private static final String EMAIL = "@oakfield.example.org";

  private final EntityManager em;
  private final DemoSetting setting;

  DemoPractice(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load() {
    JsonObject practice = DemoJson.object("practice.json");
    DemoJson.objects(practice, "observations").forEach(this::observations);
    DemoJson.objects(practice, "selfAssessments").forEach(this::selfAssessment);
  }

  private void observations(JsonObject group) {
    StaffMember observer = person(group.getString("observer"));
    int level = group.getInt("level");
    int offset = group.getInt("dayOffset");
    List<String> people = group.getJsonArray("people").getValuesAs(j -> j.toString());
    JsonObject competences = group.getJsonObject("competences");
    for (int i = 0; i < people.size(); i++) {
      StaffMember person = person(people.get(i).replace("\"", ""));
      var day = setting.day(offset - i);
      for (String code : competences.keySet()) {
        em.persist(
            new Observation(
                person,
                setting.competence(code),
                level,
                day,
                competences.getString(code),
                observer,
                setting.at(day)));
      }
    }
  }

  private void selfAssessment(JsonObject json) {
    StaffMember person = person(json.getString("person"));
    String prefix = json.getString("prefix");
    int rating = json.getInt("default");
    JsonObject except = json.containsKey("except") ? json.getJsonObject("except") : null;
    var day = setting.day(json.getInt("dayOffset"));
    setting.competences.values().stream()
        .filter(c -> c.getCode().startsWith(prefix))
        .sorted((a, b) -> a.getCode().compareTo(b.getCode()))
        .forEach(
            (Competence c) ->
                em.persist(
                    new SelfAssessment(
                        person,
                        c,
                        except != null && except.containsKey(c.getCode())
                            ? except.getInt(c.getCode())
                            : rating,
                        day)));
  }

  private StaffMember person(String username) {
    return setting.person(username.toLowerCase(Locale.ROOT) + EMAIL);
  }
}
