package org.sendcpd.platform.control;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Files that are not CSV, as people upload them by mistake, decoded as the API decodes them. */
public final class GarbageFiles {

  private GarbageFiles() {}

  /** Name to text: random bytes, an image, a workbook, NUL bytes, and printable nonsense. */
  public static Map<String, String> all() {
    Map<String, String> files = new LinkedHashMap<>();
    for (int seed = 1; seed <= 5; seed++) {
      byte[] bytes = new byte[4096];
      new Random(seed).nextBytes(bytes);
      files.put("random bytes " + seed, utf8(bytes));
    }
    files.put(
        "PNG image",
        utf8(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}));
    files.put(
        "XLSX workbook",
        utf8(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0}) + "[Content_Types].xml");
    files.put("NUL bytes", "first_name\u0000,last_name\u0000\n\u0000\u0000\n");
    files.put("duplicate empty headers", ",,,\n1,2,3,4\n");
    files.put("duplicate headers", "a,a,a\n1,2,3\n");
    files.put("unclosed quote", "area_code,area_name,competence_code,statement\n\"CI,x,y,z\n");
    files.put("JSON", "{\"name\": \"not csv\", \"levels\": [1, 2]}");
    files.put("empty", "");
    return files;
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
