package org.sendcpd.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** If-Match as clients send it: quoted, weak, several, any, or something this server never sent. */
class EntityTagsTest {

  @Test
  void readsTheVersionAClientSendsBack() {
    assertEquals(3, EntityTags.expected("\"3\""));
    assertEquals(3, EntityTags.expected("W/\"3\""));
    assertEquals(3, EntityTags.expected(" \"3\", \"4\""));
  }

  @Test
  void noIfMatchOrAnyVersionChecksNothing() {
    assertNull(EntityTags.expected(null));
    assertNull(EntityTags.expected(" "));
    assertNull(EntityTags.expected("*"));
  }

  @Test
  void aTagThisServerNeverSentIsStale() {
    assertEquals(EntityTags.UNREADABLE, EntityTags.expected("\"abc\""));
  }
}
