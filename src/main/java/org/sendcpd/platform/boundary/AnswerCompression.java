package org.sendcpd.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.sendcpd.platform.control.AcceptEncoding;

/**
 * Gzips the API's JSON and CSV answers for a client that accepts it, whatever the protocol. The
 * HTTP listener's own compression (pre-boot-commands.asadmin) applies to HTTP/1.1 only: a client
 * that upgraded to HTTP/2 (Java's HttpClient does so by default on plain HTTP, browsers over TLS)
 * got the demo school's 420 KB gaps page as it was. An answer already encoded is left alone, and
 * the listener leaves alone what this encoded.
 */
@Provider
public class AnswerCompression implements WriterInterceptor {

  @Context HttpHeaders request;

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!compressible(context.getMediaType())
        || context.getHeaders().containsKey(HttpHeaders.CONTENT_ENCODING)
        || !acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
      context.proceed();
      return;
    }
    context.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
    context.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    context.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    GZIPOutputStream gzip = new GZIPOutputStream(context.getOutputStream());
    context.setOutputStream(gzip);
    context.proceed();
    gzip.finish();
  }

  static boolean compressible(MediaType type) {
    if (type == null) {
      return false;
    }
    String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
    return type.getType().equalsIgnoreCase("application")
            && (subtype.equals("json") || subtype.endsWith("+json"))
        || type.getType().equalsIgnoreCase("text") && subtype.equals("csv");
  }

  static boolean acceptsGzip(String acceptEncoding) {
    return AcceptEncoding.gzip(acceptEncoding);
  }
}
