package org.sendcpd.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendcpd.training.entity.DeliveryType;

/** One history line read and checked on its own; the CSV read into numbered lines. */
class HistoryLineParserTest {

  static final HistoryLineParser PARSER = new HistoryLineParser(LocalDate.of(2026, 11, 23));

  static HistoryLine line(String... pairs) {
    Map<String, String> cells = new HashMap<>();
    cells.put("email", "ann.lee@school.example");
    cells.put("course_title", "Makaton level 1");
    cells.put("completed_on", "12/03/2025");
    for (int i = 0; i < pairs.length; i += 2) {
      cells.put(pairs[i], pairs[i + 1]);
    }
    return new HistoryLine(7, cells);
  }

  static List<String> problems(HistoryLine line) {
    List<String> problems = new ArrayList<>();
    assertNull(PARSER.parse(line, problems));
    return problems;
  }

  @Test
  void readsAGoodLine() {
    List<String> problems = new ArrayList<>();
    HistoryEntry entry =
        PARSER.parse(
            line(
                "delivery", "Specialist (external)",
                "hours", "6.5",
                "competence_code", "CI-01",
                "level", "2",
                "expires_on", "2027-03-12",
                "cost", "£1,250"),
            problems);
    assertEquals(List.of(), problems);
    assertEquals(DeliveryType.SPECIALIST_EXTERNAL, entry.delivery());
    assertEquals(LocalDate.of(2025, 3, 12), entry.completedOn());
    assertEquals(new BigDecimal("6.5"), entry.hours());
    assertEquals(2, entry.level());
    assertEquals(new BigDecimal("1250"), entry.cost());
  }

  @Test
  void saysWhatIsWrongInWords() {
    assertTrue(problems(line("completed_on", "31/02/2025")).get(0).contains("that exists"));
    assertTrue(problems(line("completed_on", "01/01/2027")).get(0).contains("in the future"));
    assertTrue(problems(line("completed_on", "01/01/1901")).get(0).contains("not a plausible"));
    assertTrue(problems(line("hours", "1e9")).get(0).contains("between 0 and 500"));
    assertTrue(problems(line("hours", "0")).get(0).contains("more than 0"));
    assertTrue(problems(line("hours", "1.255")).get(0).contains("two decimal places"));
    assertTrue(problems(line("level", "two", "competence_code", "CI-01")).get(0).contains("whole"));
    assertTrue(problems(line("competence_code", "CI-01")).get(0).contains("needs a level"));
    assertTrue(problems(line("level", "2")).get(0).contains("without a competence_code"));
    assertTrue(problems(line("email", "=1+1")).get(0).contains("not an email"));
    assertTrue(problems(line("delivery", "carrier pigeon")).get(0).contains("IN_HOUSE"));
    assertTrue(problems(line("course_title", "x".repeat(201))).get(0).contains("200"));
    assertTrue(
        problems(line("expires_on", "2025-03-12")).get(0).contains("not after completed_on"));
  }

  @Test
  void csvLinesAreNumberedFromTheHeaderAndAStrangeHeaderIsRefused() {
    String csv =
        "\uFEFFemail,course_title,completed_on\n"
            + "a@s.example,One,01/02/2025\n\n"
            + "b@s.example,\"Two, with comma\",2025-02-02\n";
    HistoryTable table = HistoryCsvReader.read(csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), table.errors());
    assertEquals(2, table.lines().get(0).line());
    assertEquals(4, table.lines().get(1).line());
    assertEquals("Two, with comma", table.lines().get(1).get("course_title"));

    HistoryTable strange =
        HistoryCsvReader.read("email,course,completed_on\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, strange.errors().get(0).line());
    assertTrue(strange.errors().get(0).message().contains("unknown column(s) course"));

    HistoryTable latin = HistoryCsvReader.read(new byte[] {'e', 'm', (byte) 0xE9, '\n'});
    assertTrue(latin.errors().get(0).message().contains("not UTF-8"));
  }
}
