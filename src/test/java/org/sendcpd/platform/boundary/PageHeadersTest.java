package org.sendcpd.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendcpd.platform.control.Page;
import org.sendcpd.platform.control.PageRequest;

class PageHeadersTest {

  static final URI ASKED = URI.create("http://h/api/staff?size=2&schoolId=6&page=1");

  @Test
  void linksKeepTheOtherParametersAndPutPageAndSizeLast() {
    assertEquals(
        List.of(
            "<http://h/api/staff?schoolId=6&page=0&size=2>; rel=\"first\"",
            "<http://h/api/staff?schoolId=6&page=0&size=2>; rel=\"prev\"",
            "<http://h/api/staff?schoolId=6&page=2&size=2>; rel=\"next\"",
            "<http://h/api/staff?schoolId=6&page=2&size=2>; rel=\"last\""),
        PageHeaders.links(ASKED, new Page<>(List.of("a", "b"), 5, new PageRequest(1, 2))));
  }

  @Test
  void theFirstPageHasNoPreviousAndTheLastNoNext() {
    URI plain = URI.create("http://h/api/staff");
    assertEquals(
        List.of(
            "<http://h/api/staff?page=0&size=50>; rel=\"first\"",
            "<http://h/api/staff?page=0&size=50>; rel=\"last\""),
        PageHeaders.links(plain, new Page<>(List.of("a"), 1, PageRequest.FIRST)));
  }

  @Test
  void aPagePastTheEndPointsBackToTheLast() {
    assertEquals(
        List.of(
            "<http://h/api/staff?schoolId=6&page=0&size=2>; rel=\"first\"",
            "<http://h/api/staff?schoolId=6&page=2&size=2>; rel=\"prev\"",
            "<http://h/api/staff?schoolId=6&page=2&size=2>; rel=\"last\""),
        PageHeaders.links(
            URI.create("http://h/api/staff?schoolId=6&page=9&size=2"),
            new Page<>(List.of(), 5, new PageRequest(9, 2))));
  }
}
