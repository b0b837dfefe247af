package org.sendcpd.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when the server is reached over HTTPS ({@code cpd.https}, also
 * behind a proxy that ends TLS, where the request itself looks like plain HTTP), so the browser
 * never sends it over a plain connection.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean https =
        ConfigProvider.getConfig().getOptionalValue("cpd.https", Boolean.class).orElse(false);
    if (https) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
