package org.sendcpd.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * The SENCO sets a leaving date on the staff screen; a date in the past closes the person's account
 * at once and the audit row names the SENCO. The school and people are this test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeaversScreenIT {

  static final String PASSWORD = "leavers-screen-it-1";

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
  void aLeavingDateSetOnTheStaffScreenClosesTheAccount() {
    WebClient web = new WebClient(base);
    AdminApi admin = new AdminApi(web);
    long school = admin.newSchool("Leavers screen IT");
    JsonObject senco = admin.newStaff(school, "Sue", "Senco", "SENCO", "Inclusion");
    String sencoName = "sue." + admin.key();
    admin.newAccount(senco, sencoName, PASSWORD, "SENCO");
    JsonObject ta = admin.newStaff(school, "Ted", "Assistant", "TA", "Year 5");
    String taName = "ted." + admin.key();
    long taAccount = admin.newAccount(ta, taName, PASSWORD);
    String asTa = basic(taName, PASSWORD);
    assertEquals(200, web.get("api/me", "Authorization", asTa).statusCode());

    browser.signIn(base, sencoName, PASSWORD);
    browser.open(base, "/organisation/staff-list.xhtml");
    WebElement edit =
        browser.waitFor(
            By.xpath(
                "//tr[contains(., '"
                    + ta.getString("email")
                    + "')]//button[contains(@id, 'editLeaving')]"));
    browser.click(edit);
    browser.waitForAjax();
    WebElement date = browser.waitFor(By.id("leavingForm:leftDate_input"));
    LocalDate weekAgo = LocalDate.now().minusDays(7);
    date.clear();
    date.sendKeys(weekAgo.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    browser.screenshot("leaving-date-dialog");
    browser.click(browser.driver().findElement(By.id("leavingForm:saveLeaving")));
    browser.waitForAjax();
    String growl = browser.waitFor(By.cssSelector(".ui-growl-message")).getText();
    assertTrue(growl.contains("the account is closed"), growl);
    browser.screenshot("leaving-date-saved");

    assertEquals(401, web.get("api/me", "Authorization", asTa).statusCode());
    JsonObject closed = admin.auditRow("UserAccount", taAccount, "ACCOUNT_DISABLED");
    assertEquals(sencoName, closed.getString("actor"));
    JsonObject changed =
        admin.auditRow("StaffMember", ta.getJsonNumber("id").longValue(), "STAFF_UPDATED");
    assertEquals("leftDate: none -> " + weekAgo, changed.getString("detail"));
  }
}
