package org.sendcpd.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void withoutParametersItIsTheFirstPageOfTheDefaultSize() {
    assertEquals(new PageRequest(0, 50), PageRequest.of(null, null));
    assertEquals(PageRequest.FIRST, PageRequest.of("", " "));
    assertEquals(new PageRequest(3, 50), PageRequest.of("3", null));
    assertEquals(new PageRequest(0, 7), PageRequest.of(null, "7"));
  }

  @Test
  void pagesCountFromZero() {
    PageRequest second = PageRequest.of("1", "20");
    assertEquals(20, second.offset());
    assertEquals(20, second.firstResult());
    List<Integer> items = IntStream.range(0, 45).boxed().toList();
    assertEquals(IntStream.range(20, 40).boxed().toList(), second.of(items));
    assertEquals(List.of(40, 41, 42, 43, 44), PageRequest.of("2", "20").of(items));
    assertEquals(List.of(), PageRequest.of("3", "20").of(items), "past the end is empty");
  }

  @Test
  void theLastPageFollowsFromTheTotal() {
    PageRequest any = new PageRequest(0, 20);
    assertEquals(0, any.lastPage(0));
    assertEquals(0, any.lastPage(20));
    assertEquals(1, any.lastPage(21));
    assertEquals(2, any.lastPage(45));
  }

  @Test
  void sizeMustBeBetweenOneAndTheMaximum() {
    assertEquals(500, PageRequest.of("0", "500").size());
    assertNames("size", () -> PageRequest.of("0", "0"));
    assertNames("size", () -> PageRequest.of("0", "501"));
    assertNames("size", () -> PageRequest.of("0", "100000"));
    assertNames("size", () -> PageRequest.of("0", "-5"));
    assertNames("size", () -> PageRequest.of("0", "ten"));
  }

  @Test
  void pageMustBeAWholeNumberFromZero() {
    assertNames("page", () -> PageRequest.of("-1", null));
    assertNames("page", () -> PageRequest.of("abc", null));
    assertNames("page", () -> PageRequest.of("1.5", null));
    assertNames("page", () -> PageRequest.of("99999999999", null));
  }

  @Test
  void aFarPageIsEmptyNotAnOverflow() {
    PageRequest far = new PageRequest(Integer.MAX_VALUE, 500);
    assertTrue(far.offset() > Integer.MAX_VALUE);
    assertEquals(Integer.MAX_VALUE, far.firstResult());
    assertEquals(List.of(), far.of(List.of(1, 2, 3)));
  }

  private static void assertNames(String field, Runnable request) {
    InvalidInputException e = assertThrows(InvalidInputException.class, request::run);
    assertTrue(e.getMessage().startsWith(field), e.getMessage());
    assertEquals(field, ((Map<?, ?>) e.details().get(0)).get("field"));
  }
}
