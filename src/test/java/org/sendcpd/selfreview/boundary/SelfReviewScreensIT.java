package org.sendcpd.selfreview.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.WebClient;

/**
 * The self-review as people use it: the SENCO and the head reach it from the menu, place the school
 * on the five elements with evidence, see the indicators and last year's column, and send the
 * suggested strengths and weaknesses to the development plan, where they then stand; a TA answers
 * the anonymous questionnaire from the menu and sees no count of one answer. Every page and update
 * is checked with axe-core by {@link Browser}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfReviewScreensIT {

  static final int[] POSITIONS = {3, 2, 2, 1, 4};

  @ArquillianResource URL base;

  @Test
  void theSencoPlacesTheElementsSeesTheIndicatorsAndPrefillsTheSwot() {
    ReviewScene scene = ReviewScene.create(base, "Self-review screen", 2);
    try (Browser browser = Browser.start()) {
      browser.signIn(base, scene.school.sencoUsername, ReviewScene.PASSWORD);
      open(browser, "menuSelfReview");
      List<WebElement> indicators =
          browser.driver().findElements(By.cssSelector("tr.cpd-indicator"));
      assertTrue(indicators.size() >= 4, "the indicators are listed: " + indicators.size());
      assertTrue(
          browser
              .driver()
              .findElement(By.id("indicators"))
              .getText()
              .contains("Specialist-level holdings held by the SENCO"));
      assertTrue(
          browser
              .driver()
              .findElement(By.cssSelector("section.cpd-element[data-element='VALUES']"))
              .getText()
              .contains("Last year"),
          "last year's position is beside each element");
      for (int i = 0; i < POSITIONS.length; i++) {
        choose(browser, "review:elements:" + i + ":position", POSITIONS[i]);
      }
      browser
          .driver()
          .findElement(By.id("review:elements:0:evidence"))
          .sendKeys("Governors hear an inclusion report every term");
      browser.click(browser.driver().findElement(By.id("review:save")));
      browser.waitFor(By.xpath("//*[contains(@class,'ui-messages-info')]"));
      browser.checkAccessibility();

      JsonObject saved =
          WebClient.json(
              scene.api.get(
                  "api/self-reviews?schoolId=" + scene.school.schoolId,
                  "Authorization",
                  scene.senco()));
      List<JsonObject> elements = saved.getJsonArray("elements").getValuesAs(JsonObject.class);
      assertEquals(5, elements.size(), saved.toString());
      for (int i = 0; i < POSITIONS.length; i++) {
        assertEquals(POSITIONS[i], elements.get(i).getInt("position"), saved.toString());
      }
      assertEquals(
          "Governors hear an inclusion report every term", elements.get(0).getString("evidence"));

      String strengths = browser.waitFor(By.id("swot:strengths")).getAttribute("value");
      assertTrue(
          strengths.contains("Values and commitment: placed at 3 of 4 by the leaders"), strengths);
      assertTrue(strengths.contains("Working with other services: placed at 4 of 4"), strengths);
      String weaknesses =
          browser.driver().findElement(By.id("swot:weaknesses")).getAttribute("value");
      assertTrue(weaknesses.contains("Specialist leadership roles: placed at 1 of 4"), weaknesses);
      WebElement box = browser.driver().findElement(By.id("swot:strengths"));
      box.sendKeys("\nOur own line: a reading champion in every year group");
      browser.click(browser.driver().findElement(By.id("swot:saveSwot")));
      browser.waitFor(By.xpath("//form[@id='swot']//*[contains(@class,'ui-messages-info')]"));
      browser.screenshot("self-review-senco");

      open(browser, "menuDevelopmentPlan");
      String plan = browser.waitFor(By.id("plan:strengths")).getAttribute("value");
      assertTrue(plan.contains("Values and commitment: placed at 3 of 4 by the leaders"), plan);
      assertTrue(plan.contains("Our own line: a reading champion in every year group"), plan);
      assertTrue(
          browser
              .driver()
              .findElement(By.id("plan:weaknesses"))
              .getAttribute("value")
              .contains("Specialist leadership roles: placed at 1 of 4"));
    }
  }

  @Test
  void theHeadReachesTheReviewFromTheMenuAndMayPlaceIt() {
    ReviewScene scene = ReviewScene.create(base, "Self-review head", 1);
    try (Browser browser = Browser.start()) {
      browser.signIn(base, scene.head, ReviewScene.PASSWORD);
      open(browser, "menuSelfReview");
      choose(browser, "review:elements:3:position", 2);
      browser.click(browser.driver().findElement(By.id("review:save")));
      browser.waitFor(By.xpath("//*[contains(@class,'ui-messages-info')]"));
      JsonObject saved =
          WebClient.json(
              scene.api.get(
                  "api/self-reviews?schoolId=" + scene.school.schoolId,
                  "Authorization",
                  scene.as(scene.head)));
      JsonObject only = saved.getJsonArray("elements").getJsonObject(0);
      assertEquals("SPECIALIST_LEADERSHIP", only.getString("element"));
      assertEquals(2, only.getInt("position"));
      assertEquals(scene.head, saved.getString("updatedBy"));
    }
  }

  @Test
  void aTeachingAssistantAnswersTheQuestionnaireOnceAndSeesNoCountOfOne() {
    ReviewScene scene = ReviewScene.create(base, "Questionnaire screen", 1);
    ReviewScene.ok(
        scene.api.send(
            "PUT",
            "api/self-reviews?schoolId=" + scene.school.schoolId,
            "application/json",
            "{\"elements\": []}",
            "Authorization",
            scene.senco()));
    String ta = scene.tas.get(0);
    try (Browser browser = Browser.start()) {
      browser.signIn(base, ta, ReviewScene.PASSWORD);
      assertTrue(
          browser.driver().findElements(By.id("menuSelfReview")).isEmpty(),
          "a TA has no self-review in the menu");
      open(browser, "menuQuestionnaire");
      for (int i = 0; i < 5; i++) {
        choose(browser, "questionnaire:elements:" + i + ":position", 1 + i % 4);
      }
      browser.click(browser.driver().findElement(By.id("questionnaire:submit")));
      assertTrue(browser.waitFor(By.id("answeredNote")).getText().contains("Thank you"));
      assertTrue(browser.driver().findElements(By.id("questionnaire:submit")).isEmpty());
      assertTrue(
          browser.driver().findElements(By.cssSelector(".cpd-staff-count")).isEmpty(),
          "no count is shown for one answer");
      assertTrue(browser.driver().findElement(By.id("respondents")).getText().contains("1."));
      browser.screenshot("questionnaire-answered");
    }
    JsonObject responses = responses(scene);
    assertEquals(1, responses.getInt("respondents"));
    assertEquals(JsonValue.ValueType.NULL, responses.get("counts").getValueType());
  }

  static JsonObject responses(ReviewScene scene) {
    long id =
        WebClient.json(
                scene.api.get(
                    "api/self-reviews?schoolId=" + scene.school.schoolId,
                    "Authorization",
                    scene.senco()))
            .getJsonNumber("id")
            .longValue();
    return WebClient.json(
        scene.api.get("api/self-reviews/" + id + "/responses", "Authorization", scene.senco()));
  }

  /** Follows a menu item and waits for the page it leads to. */
  static void open(Browser browser, String menuItem) {
    WebElement html = browser.driver().findElement(By.tagName("html"));
    browser.click(browser.waitFor(By.id(menuItem)));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(45))
        .until(ExpectedConditions.stalenessOf(html));
    browser.waitForAjax();
    assertFalse(browser.driver().getPageSource().contains("error-403"), "the page opens");
  }

  /** Clicks the label of a position (1 to 4) of a radio group, as a person does. */
  static void choose(Browser browser, String radioId, int position) {
    String item = radioId + ":" + (position - 1);
    browser.click(browser.driver().findElement(By.xpath("//label[@for='" + item + "']")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id(item)).isSelected());
  }
}
