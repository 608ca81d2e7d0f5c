package org.npcwh.transform;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.npcwh.core.concurrent.SideBySide;

/**
 * Runs independent pieces of Spark work from a few driver threads at once. On small data each
 * table is a handful of short Spark jobs whose time goes mostly to scheduling latency, which
 * concurrent jobs overlap (Spark accepts jobs from several threads of one session). Results keep
 * the inputs' order, so nothing downstream depends on which thread finished first.
 */
public final class Concurrently {
  private static final int THREADS = 4;

  private Concurrently() {}

  public static <K, V, R> Map<K, R> map(Map<K, V> inputs, BiFunction<K, V, R> work) {
    List<Map.Entry<K, V>> entries = new ArrayList<>(inputs.entrySet());
    List<R> results = SideBySide.map(entries, THREADS, entry -> work.apply(entry.getKey(), entry.getValue()), r -> { });
    Map<K, R> byKey = new LinkedHashMap<>();
    Iterator<R> result = results.iterator();
    entries.forEach(entry -> byKey.put(entry.getKey(), result.next()));
    return byKey;
  }
}
