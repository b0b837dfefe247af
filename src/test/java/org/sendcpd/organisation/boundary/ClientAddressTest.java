package org.sendcpd.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  static ClientAddress trusting(String proxies) {
    ClientAddress address = new ClientAddress();
    address.trustedProxies = Optional.ofNullable(proxies);
    return address;
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertEquals("198.51.100.7", trusting(null).of("198.51.100.7", "203.0.113.9"));
  }

  @Test
  void behindATrustedProxyTheAddressItSawCounts() {
    assertEquals("203.0.113.9", trusting("10.0.0.2").of("10.0.0.2", "203.0.113.9"));
  }

  @Test
  void whatAClientWroteBeforeOurProxiesIsNotBelieved() {
    // the client forged 192.0.2.1; our two proxies appended the real address and the first proxy
    assertEquals(
        "203.0.113.9",
        trusting("10.0.0.2, 10.0.0.3").of("10.0.0.2", "192.0.2.1, 203.0.113.9, 10.0.0.3"));
  }

  @Test
  void aHeaderFromAnUntrustedSenderIsIgnored() {
    assertEquals("198.51.100.7", trusting("10.0.0.2").of("198.51.100.7", "192.0.2.1"));
  }
}
