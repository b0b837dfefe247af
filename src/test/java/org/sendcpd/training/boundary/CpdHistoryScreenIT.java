package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.json;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.Pages;

/**
 * The SENCO opens Import CPD history from the menu, checks a file with a wrong line and sees that
 * line named, corrects it, checks again and imports: the count shows and the records are saved.
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
