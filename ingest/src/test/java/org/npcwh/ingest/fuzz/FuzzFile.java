package org.npcwh.ingest.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** One data file being damaged: its bytes, the encoding they are really in and the one the manifest will say. */
final class FuzzFile {
  final String name;
  final boolean json;
  byte[] bytes;
  Charset actual = StandardCharsets.UTF_8;
  String encoding = "UTF-8";

  FuzzFile(String name, boolean json, byte[] bytes) {
    this.name = name;
    this.json = json;
    this.bytes = bytes;
  }

  String text() {
    return new String(bytes, actual);
  }

  void text(String text) {
    bytes = text.getBytes(actual);
  }
}
