package org.sendcpd.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Makes /openapi answer JSON unless YAML is asked for ({@code ?format=yaml}, or an Accept of
 * application/yaml, text/yaml or text/plain), and labels YAML application/yaml. Payara Micro serves
 * the document inside this application (it adds its servlet to the root context), YAML as
 * text/plain by default; generators and validators expect JSON.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiFormat extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** What Payara's document servlet takes for YAML, by its format parameter or Accept header. */
  static final String PAYARA_YAML = "text/plain";

  static final String YAML = "application/yaml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean yaml = wantsYaml(request.getParameter("format"), request.getHeader("Accept"));
    chain.doFilter(
        new Accepting(request, yaml ? PAYARA_YAML : "application/json"),
        yaml ? new LabelledYaml(response) : response);
  }

  /** True when the format parameter, or without one the Accept header, names YAML. */
  static boolean wantsYaml(String format, String accept) {
    if (format != null && !format.isBlank()) {
      return format.strip().equalsIgnoreCase("yaml");
    }
    String accepted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
    return !accepted.contains("json")
        && (accepted.contains("yaml") || accepted.contains(PAYARA_YAML));
  }

  /** The request as Payara's servlet should see it: one Accept header and no format parameter. */
  private static final class Accepting extends HttpServletRequestWrapper {
    private final String accept;

    Accepting(HttpServletRequest request, String accept) {
      super(request);
      this.accept = accept;
    }

    @Override
    public String getHeader(String name) {
      return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "Accept".equalsIgnoreCase(name)
          ? Collections.enumeration(List.of(accept))
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
      names.removeIf("Accept"::equalsIgnoreCase);
      names.add("Accept");
      return Collections.enumeration(names);
    }

    @Override
    public String getQueryString() {
      return null;
    }
  }

  /** Names the YAML it carries for what it is. */
  private static final class LabelledYaml extends HttpServletResponseWrapper {
    LabelledYaml(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setContentType(String type) {
      super.setContentType(
          type != null && type.startsWith(PAYARA_YAML)
              ? YAML + type.substring(PAYARA_YAML.length())
              : type);
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Content-Type".equalsIgnoreCase(name)) {
        setContentType(value);
      } else {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Content-Type".equalsIgnoreCase(name)) {
        setContentType(value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
