package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.json;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.Pages;

/**
 * The SENCO opens Import CPD history from the menu, checks a file with a wrong line and sees that
 * line named, corrects it, checks again and imports: the count shows and the records are saved. The
 * empty workbook the screen offers, filled in, imports the same way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CpdHistoryScreenIT {

  @ArquillianResource URL base;

  static Browser browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void sencoChecksAFileSeesTheWrongLineFixesItAndImports() throws IOException {
    ApiScene scene = ApiScene.create(base, "History screen", 2);
    String first = email(scene, 0);
    String second = email(scene, 1);
    String header = "email,course_title,delivery,completed_on,hours,competence_code,level\n";
    String wrong =
        header
            + first
            + ",Makaton level 1,SPECIALIST_EXTERNAL,12/03/2025,6,CI-01,1\n"
            + second
            + ",Makaton level 1,SPECIALIST_EXTERNAL,30/02/2025,6,CI-01,1\n";
    Path file = Files.createTempFile(Path.of("target", "tmp"), "history-", ".csv");
    Files.writeString(file, wrong, StandardCharsets.UTF_8);

    browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
    browser.click(browser.waitFor(By.id("menuCpdImport")));
    browser.waitFor(By.id("upload:check"));
    upload(file);
    String errors = browser.waitFor(By.id("upload:errors")).getText();
    assertTrue(errors.contains("Line 3: completed_on '30/02/2025'"), errors);
    assertTrue(!errors.contains("Line 2"), errors);
    browser.checkAccessibility();
    assertEquals(0, records(scene), "a check saves nothing");

    Files.writeString(file, wrong.replace("30/02/2025", "28/02/2025"), StandardCharsets.UTF_8);
    upload(file);
    String checked = browser.waitFor(By.id("confirm:checked")).getText();
    assertTrue(checked.contains("2 lines checked"), checked);
    assertTrue(checked.contains("2 records"), checked);
    browser.checkAccessibility();
    assertEquals(0, records(scene), "a clean check still saves nothing");

    browser.click(browser.waitFor(By.id("confirm:import")));
    String done = browser.waitFor(By.id("upload:done")).getText();
    assertTrue(done.contains("2 records imported"), done);
    browser.checkAccessibility();
    browser.screenshot("cpd-history-imported");
    assertEquals(2, records(scene));
  }

  @Test
  void theEmptyWorkbookFromTheScreenFilledInImports() throws IOException {
    ApiScene scene = ApiScene.create(base, "History workbook", 1);
    Path folder = Files.createDirectories(Path.of("target", "downloads", "cpd-history"));
    try (var old = Files.list(folder)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));

    browser.signIn(base, scene.sencoUsername, ApiScene.PASSWORD);
    browser.click(browser.waitFor(By.id("menuCpdImport")));
    browser.click(browser.waitFor(By.id("template:download")));
    Path template = browser.awaitDownload(folder.toAbsolutePath(), "history-workbook");
    Path filled = folder.resolve("filled.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template))) {
      Sheet sheet = book.getSheetAt(0);
      Row line = sheet.createRow(1);
      line.createCell(0).setCellValue(email(scene, 0));
      line.createCell(1).setCellValue(scene.courseTitle);
      line.createCell(3).setCellValue(LocalDate.now().minusDays(40));
      // as a spreadsheet does when a date is typed into the template's date column
      line.getCell(3).setCellStyle(sheet.getColumnStyle(3));
      try (var out = Files.newOutputStream(filled)) {
        book.write(out);
      }
    }
    upload(filled);
    String checked = browser.waitFor(By.id("confirm:checked")).getText();
    assertTrue(checked.contains("1 lines checked"), checked);
    browser.click(browser.waitFor(By.id("confirm:import")));
    String done = browser.waitFor(By.id("upload:done")).getText();
    assertTrue(done.contains("1 records imported"), done);
    assertEquals(1, records(scene));
  }

  private static void upload(Path file) {
    browser
        .driver()
        .findElement(By.cssSelector("#upload input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    browser.click(browser.driver().findElement(By.id("upload:check")));
  }

  private static String email(ApiScene scene, int ta) {
    return json(scene.api.get("api/staff/" + scene.tas.get(ta), "Authorization", scene.senco()))
        .getString("email");
  }

  private static long records(ApiScene scene) {
    long total = 0;
    for (long ta : scene.tas) {
      total +=
          Pages.total(
              scene.api.get(
                  "api/cpd-records?staffId=" + ta + "&size=1", "Authorization", scene.senco()));
    }
    return total;
  }
}
