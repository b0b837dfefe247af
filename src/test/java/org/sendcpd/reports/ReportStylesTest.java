package org.sendcpd.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import org.junit.jupiter.api.Test;

/** The shared report style loads from the classpath, where templates find it. */
class ReportStylesTest {

  @Test
  void sharedStyleLoadsWithItsStyles() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/reports/styles/sendcpd.jrtx")) {
      assertNotNull(in, "reports/ is packaged under reports/ on the classpath");
      JRTemplate template = JRXmlTemplateLoader.load(in);
      Map<String, JRStyle> styles =
          Arrays.stream(template.getStyles())
              .collect(Collectors.toMap(JRStyle::getName, Function.identity()));
      assertEquals("DejaVu Sans", styles.get("Base").getFontName());
      assertEquals(Boolean.TRUE, styles.get("Title").isBold());
      assertNotNull(styles.get("Gap"));
    }
  }
}
