package org.sendcpd.gaps.boundary;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sendcpd.platform.control.AcceptEncoding;
import org.sendcpd.platform.control.Page;
import org.sendcpd.platform.control.PageLinks;
import org.sendcpd.platform.control.PageRequest;

/**
 * A page of JSON encoded and gzipped once and sent again as it is to whoever asks the same question
 * while the data under it holds, so a repeat costs the bytes, not the work; a client that still
 * holds it (If-None-Match) is told so in a 304. The tag names this instance, so a client that is
 * sent to another instance of a cluster is never told a page is current when it is not.
 *
 * @param gzipped the answer's JSON, gzipped
 * @param total the whole list's size, for X-Total-Count (of a page; not of an answer that is none)
 * @param tag what the answer was made from (the analysis and the question)
 */
record EncodedAnswer(byte[] gzipped, long total, String tag) {

  private static final String INSTANCE = UUID.randomUUID().toString().substring(0, 8);

  static EncodedAnswer of(byte[] json, long total, String madeFrom) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length / 8 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EncodedAnswer(bytes.toByteArray(), total, INSTANCE + "-" + madeFrom);
  }

  /**
   * The answer to this request: 304 when the client holds it; gzipped for a client that accepts it
   * and unzipped for one that does not; with the page's X-Total-Count and Link when it is a page
   * (at, else null).
   */
  Response send(HttpHeaders request, UriInfo uri, PageRequest at, MediaType type) {
    EntityTag etag = new EntityTag(tag, true);
    Response.ResponseBuilder answer;
    if (held(request.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
      answer = Response.notModified(etag);
    } else if (AcceptEncoding.gzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
      answer = Response.ok(gzipped, type).header(HttpHeaders.CONTENT_ENCODING, "gzip");
    } else {
      answer = Response.ok(unzipped(), type);
    }
    answer.tag(etag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    if (at != null) {
      answer
          .header(Page.TOTAL_HEADER, Long.toString(total))
          .header("Link", String.join(", ", PageLinks.of(uri.getRequestUri(), total, at)));
    }
    return answer.build();
  }

  private boolean held(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String each : ifNoneMatch.split(",")) {
      String value = each.strip();
      if (value.equals("*") || value.replaceFirst("^W/", "").equals("\"" + tag + "\"")) {
        return true;
      }
    }
    return false;
  }

  private byte[] unzipped() {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
