package org.npcwh.reports;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import net.sf.jasperreports.engine.JRException;

/**
 * Fills and exports reports on every core: filling a report is single-threaded work (its queries, its
 * charts, the PDF's fonts), and a burst is tens or thousands of independent reports. Results come back
 * in the inputs' order, each handed to {@code done} as soon as it and every one before it are written,
 * so output and progress do not depend on which thread finished first.
 */
public final class OnEveryCore {
  private OnEveryCore() {}

  /** One piece of rendering work; throws what rendering throws. */
  @FunctionalInterface
  public interface Work<T, R> {
    R apply(T input) throws IOException, JRException, SQLException;
  }

  public static <T, R> List<R> map(List<T> inputs, Work<T, R> work, Consumer<R> done)
      throws IOException, JRException, SQLException {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<R>> running = new ArrayList<>();
      for (T input : inputs) {
        running.add(pool.submit(() -> work.apply(input)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> result : running) {
        R value = result.get();
        done.accept(value);
        results.add(value);
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing reports", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof JRException jasper) {
        throw jasper;
      }
      if (cause instanceof SQLException sql) {
        throw sql;
      }
      throw cause instanceof RuntimeException runtime ? runtime
          : new IllegalStateException("a report could not be written", cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
