package org.sendcpd.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves that a failure in the shared suite deployment fails the build (suite set-ups have been
 * known to swallow them). Off unless {@code mvn verify -Dsendcpd.canary=fail}; then the build must
 * fail with both tests below.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "sendcpd.canary", matches = "fail")
class CanaryIT {

  @ArquillianResource URL base;

  @Test
  @RunAsClient
  void failsOnTheClient() {
    HttpResponse<String> ready = new WebClient(base).get("health/ready");
    fail("canary on the client (the deployment answered " + ready.statusCode() + ")");
  }

  @Test
  void failsInTheContainer() {
    fail(
        "canary in the container (loaded by "
            + getClass().getClassLoader().getClass().getName()
            + ")");
  }
}
