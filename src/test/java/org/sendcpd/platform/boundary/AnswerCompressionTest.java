package org.sendcpd.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerCompressionTest {

  @Test
  void gzipWhenNamedAndNotRefused() {
    assertTrue(AnswerCompression.acceptsGzip("gzip, deflate, br"));
    assertTrue(AnswerCompression.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
    assertTrue(AnswerCompression.acceptsGzip("*"));
    assertFalse(AnswerCompression.acceptsGzip(null));
    assertFalse(AnswerCompression.acceptsGzip("deflate, br"));
    assertFalse(AnswerCompression.acceptsGzip("gzip;q=0, br"));
    assertFalse(AnswerCompression.acceptsGzip("gzip; q=0.0"));
  }

  @Test
  void jsonOfAnyKindAndCsvOnly() {
    assertTrue(
        AnswerCompression.compressible(
            new MediaType("application", "json", Map.of("charset", "UTF-8"))));
    assertTrue(
        AnswerCompression.compressible(
            new MediaType("application", "vnd.sendcpd.gaps-compact+json")));
    assertTrue(AnswerCompression.compressible(new MediaType("text", "csv")));
    assertFalse(AnswerCompression.compressible(new MediaType("application", "pdf")));
    assertFalse(AnswerCompression.compressible(new MediaType("text", "html")));
    assertFalse(AnswerCompression.compressible(null));
  }
}
