package org.npcwh.core.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs independent pieces of work on a few threads at once. Results come back in the inputs' order,
 * each handed to {@code done} as soon as it and every one before it are finished, so output and
 * progress never depend on which thread finished first. A failure is rethrown as itself.
 */
public final class SideBySide {
  private SideBySide() {}

  /** One piece of work; throws what the work throws. */
  @FunctionalInterface
  public interface Work<T, R, E extends Exception> {
    R apply(T input) throws E;
  }

  /**
   * @param threads at most this many pieces run at once (never more threads than inputs)
   * @throws E the first failure in input order, as thrown by the work
   */
  public static <T, R, E extends Exception> List<R> map(List<T> inputs, int threads, Work<T, R, E> work,
      Consumer<R> done) throws E {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, inputs.size())));
    try {
      List<Future<R>> running = new ArrayList<>();
      for (T input : inputs) {
        running.add(pool.submit(() -> work.apply(input)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> result : running) {
        R value = await(result);
        done.accept(value);
        results.add(value);
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @SuppressWarnings("unchecked") // the work throws only E, runtime exceptions and errors
  private static <R, E extends Exception> R await(Future<R> result) throws E {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for work running side by side", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw (E) cause;
    }
  }
}
