package org.npcwh.transform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

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
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      Map<K, Future<R>> running = new LinkedHashMap<>();
      inputs.forEach((key, value) -> running.put(key, pool.submit(() -> work.apply(key, value))));
      Map<K, R> results = new LinkedHashMap<>();
      for (Map.Entry<K, Future<R>> entry : running.entrySet()) {
        results.put(entry.getKey(), await(entry.getValue()));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Spark work", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
