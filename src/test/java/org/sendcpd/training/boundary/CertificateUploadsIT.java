package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.CertificateUpload;
import org.sendcpd.testing.WebClient;

/**
 * Certificates are checked by their whole content: a PDF that goes on as a web page is refused, an
 * image is stored as a fresh copy of its pixels, and a file over the limit is told so, on the API
 * with 413 and on the screen beside the field, never with a server error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateUploadsIT {

  static final String PASSWORD = "uploads-it-secret";

  @ArquillianResource URL base;

  WebClient web;
  String username;
  String me;

  @BeforeEach
  void aTeachingAssistantOfTheirOwnSchool() {
    web = new WebClient(base);
    AdminApi admin = new AdminApi(web);
    long school = admin.newSchool("Uploads Primary");
    JsonObject person = admin.newStaff(school, "Ursula", "Upload", "TA", "Year 4");
    username = "ursula.upload." + admin.key();
    admin.newAccount(person, username, PASSWORD);
    me = basic(username, PASSWORD);
  }

  @Test
  void aPdfThatGoesOnAsAWebPageIsRefused() {
    long record = CertificateUpload.logCpd(web, me);
    byte[] polyglot =
        "%PDF-1.4\n<html><body><script>fetch('/api/staff')</script></body></html>\n"
            .getBytes(StandardCharsets.US_ASCII);

    HttpResponse<String> refused = CertificateUpload.send(web, me, record, "cert.pdf", polyglot);

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(WebClient.json(refused).getString("error").contains("web page"), refused.body());
    JsonObject after = WebClient.json(web.get("api/cpd-records/" + record, "Authorization", me));
    assertTrue(after.getJsonArray("evidence").isEmpty(), after.toString());
  }

  @Test
  void anImageIsKeptAsAFreshCopyOfItsPixelsOnly() throws IOException {
    long record = CertificateUpload.logCpd(web, me);
    BufferedImage picture = new BufferedImage(30, 10, BufferedImage.TYPE_INT_RGB);
    picture.setRGB(3, 3, 0x00ff00);
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    ImageIO.write(picture, "png", png);
    byte[] sent = withTail(png.toByteArray(), "<html><script>alert(1)</script></html>");

    HttpResponse<String> uploaded = CertificateUpload.send(web, me, record, "scan.png", sent);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    HttpResponse<byte[]> file =
        bytes(web.uri(WebClient.json(uploaded).getString("href").substring(1)));

    assertEquals(200, file.statusCode());
    assertFalse(Arrays.equals(sent, file.body()), "stored afresh, not as sent");
    assertFalse(new String(file.body(), StandardCharsets.ISO_8859_1).contains("<script>"));
    BufferedImage kept = ImageIO.read(new ByteArrayInputStream(file.body()));
    assertNotNull(kept, "still a picture");
    assertEquals(30, kept.getWidth());
    assertEquals(0x00ff00, kept.getRGB(3, 3) & 0xffffff, "the same pixels");
    assertArrayEquals(
        new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(file.body(), 4), "still a PNG");
  }

  @Test
  void aFileOverTenMegabytesIsAnsweredWith413OnTheApi() {
    long record = CertificateUpload.logCpd(web, me);
    byte[] big = Arrays.copyOf(CertificateUpload.pdf(), 11 * 1024 * 1024);

    HttpResponse<String> refused = CertificateUpload.send(web, me, record, "big.pdf", big);

    assertEquals(413, refused.statusCode(), refused.body());
    assertTrue(
        WebClient.json(refused).getString("error").contains("larger than 10 MB"), refused.body());

    byte[] huge = new byte[36 * 1024 * 1024];
    HttpResponse<String> farTooBig = CertificateUpload.send(web, me, record, "huge.pdf", huge);
    assertEquals(413, farTooBig.statusCode(), farTooBig.body());
    assertTrue(WebClient.json(farTooBig).getString("error").contains("32 MB"), farTooBig.body());
  }

  @Test
  void anElevenMegabyteCertificateOnTheScreenIsToldSoBesideTheField() throws IOException {
    Path big = Files.createTempFile(Path.of("target", "tmp"), "scan-", ".pdf");
    Files.write(big, CertificateUpload.pdf());
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(11L * 1024 * 1024);
    }
    try (Browser browser = Browser.start()) {
      browser.signIn(base, username, PASSWORD);
      browser.click(browser.waitFor(By.id("logCpd")));
      browser.waitFor(By.id("log:title")).sendKeys("Precision teaching");
      browser.driver().findElement(By.id("log:provider")).sendKeys("County outreach");
      browser
          .driver()
          .findElement(By.id("log:completedOn_input"))
          .sendKeys(LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      browser.driver().findElement(By.cssSelector("h1.cpd-title")).click();
      browser.driver().findElement(By.id("log:hours_input")).sendKeys("2");
      browser
          .driver()
          .findElement(By.cssSelector("input[type=file]"))
          .sendKeys(big.toAbsolutePath().toString());
      browser.click(browser.driver().findElement(By.id("log:save")));

      By refusal = By.cssSelector(".ui-message-error, .ui-messages-error");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(
              d ->
                  !d.findElements(refusal).isEmpty()
                      || d.getCurrentUrl().contains("my-cpd")
                      || d.getPageSource().contains("cpd-error"));
      browser.screenshot("log-cpd-certificate-too-large");
      String page = browser.driver().findElement(By.tagName("body")).getText();
      assertTrue(
          browser.driver().getCurrentUrl().contains("log-cpd"), "still on the form: " + page);
      WebElement message = browser.waitFor(refusal);
      assertTrue(message.getText().contains("larger than 10"), message.getText());
    } finally {
      Files.deleteIfExists(big);
    }
  }

  /**
   * The same form posted by a browser without scripts (no check before sending): the server parses
   * the 11 MB upload, which failed with a 500 while the container's limit was 11 MB, and answers
   * the page with the size message.
   */
  @Test
  void anElevenMegabyteFormPostIsAnsweredWithThePageAndItsMessage() {
    WebClient screen = new WebClient(base);
    screen.signIn(username, PASSWORD);
    HttpResponse<String> form = screen.get("training/log-cpd.xhtml");
    assertEquals(200, form.statusCode());
    String boundary = "----cpdform" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("log", "log");
    fields.put("log:title", "Precision teaching");
    fields.put("log:save", "");
    fields.put(WebClient.VIEW_STATE, WebClient.hiddenField(form.body(), WebClient.VIEW_STATE));
    fields.put("primefaces.nonce", WebClient.cspNonce(form.body()));
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"log:certificate_input\";"
                + " filename=\"scan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(Arrays.copyOf(CertificateUpload.pdf(), 11 * 1024 * 1024));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> answer =
        screen.send(
            "POST",
            "training/log-cpd.xhtml",
            "multipart/form-data; boundary=" + boundary,
            body.toByteArray());

    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("larger than 10"), answer.body());
    assertFalse(answer.body().contains("error-500"), answer.body());
  }

  @Test
  void aFormFarOverTheLimitIsAnsweredWithTheApplicationsOwnPage() {
    WebClient screen = new WebClient(base);
    screen.signIn(username, PASSWORD);
    String boundary = "----cpdhuge" + System.nanoTime();
    byte[] huge = new byte[36 * 1024 * 1024];
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"log:certificate_input\";"
                + " filename=\"huge.pdf\"\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, huge, 0, head.length);

    HttpResponse<String> answer =
        screen.send(
            "POST", "training/log-cpd.xhtml", "multipart/form-data; boundary=" + boundary, huge);

    assertEquals(413, answer.statusCode());
    assertTrue(answer.body().contains("id=\"error-413\""), answer.body());
    assertTrue(answer.body().contains("larger than 32 MB"), answer.body());
    assertFalse(answer.body().contains("Payara"), answer.body());
  }

  private HttpResponse<byte[]> bytes(URI uri) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(uri).header("Authorization", me).build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] withTail(byte[] file, String tail) {
    byte[] more = tail.getBytes(StandardCharsets.US_ASCII);
    byte[] both = Arrays.copyOf(file, file.length + more.length);
    System.arraycopy(more, 0, both, file.length, more.length);
    return both;
  }
}
