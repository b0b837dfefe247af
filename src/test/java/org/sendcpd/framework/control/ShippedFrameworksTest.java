package org.sendcpd.framework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendcpd.framework.control.FrameworkDocument.CompetenceDoc;
import org.sendcpd.organisation.entity.JobRole;

class ShippedFrameworksTest {

  static final List<FrameworkDocument> SHIPPED = ShippedFrameworks.documents();

  static List<String> codes(FrameworkDocument doc) {
    return doc.areas().stream()
        .flatMap(a -> a.competences().stream())
        .map(CompetenceDoc::code)
        .toList();
  }

  @Test
  void threeFrameworksParseWithTheExchangeReader() {
    assertEquals(3, SHIPPED.size());
    assertEquals("SEND workforce framework", SHIPPED.get(0).name());
  }

  @Test
  void competenceCodesAreUniqueAcrossAllThree() {
    Set<String> seen = new HashSet<>();
    SHIPPED.forEach(doc -> codes(doc).forEach(c -> assertTrue(seen.add(c), c + " twice")));
    assertTrue(seen.size() > 55, "about 60 competences, got " + seen.size());
  }

  @Test
  void teachersStandardFiveHasFourPartsAndItsOwnPrefix() {
    FrameworkDocument ts5 = SHIPPED.get(1);
    assertEquals(4, ts5.areas().size());
    List<String> codes = codes(ts5);
    assertTrue(codes.size() >= 8 && codes.size() <= 10);
    assertTrue(codes.stream().allMatch(c -> c.startsWith("TS5-")));
    Set<JobRole> roles = new HashSet<>();
    ts5.requirements().forEach(r -> roles.add(r.jobRole()));
    assertEquals(
        Set.of(JobRole.TEACHER, JobRole.ECT, JobRole.SENCO, JobRole.SLT, JobRole.HEADTEACHER),
        roles);
  }

  @Test
  void theTaStandardsHaveTheFourThemesForTasAndHltas() {
    FrameworkDocument tas = SHIPPED.get(2);
    assertEquals(
        List.of(
            "Personal and professional conduct",
            "Knowledge and understanding",
            "Teaching and learning",
            "Working with others"),
        tas.areas().stream().map(FrameworkDocument.AreaDoc::name).toList());
    List<String> codes = codes(tas);
    assertTrue(codes.size() >= 10 && codes.size() <= 12);
    assertTrue(codes.stream().allMatch(c -> c.startsWith("TAS-")));
    Set<JobRole> roles = new HashSet<>();
    tas.requirements().forEach(r -> roles.add(r.jobRole()));
    assertEquals(Set.of(JobRole.TA, JobRole.HLTA), roles);
  }

  @Test
  void theJsonExportReadsBackAsTheSameDocument() {
    for (FrameworkDocument doc : SHIPPED) {
      String json = FrameworkExport.json(doc);
      assertEquals(doc, new FrameworkJsonReader().read(new StringReader(json)));
    }
  }
}
