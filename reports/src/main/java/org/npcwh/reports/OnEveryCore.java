package org.npcwh.reports;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import net.sf.jasperreports.engine.JRException;
import org.npcwh.core.concurrent.SideBySide;

/**
 * Fills and exports reports on every core: filling a report is single-threaded work (its queries, its
 * charts, the PDF's fonts), and a burst is tens or thousands of independent reports. Results come back
 * in the inputs' order, each handed to {@code done} as soon as it and every one before it are written
 * ({@link SideBySide}).
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
    try {
      return SideBySide.map(inputs, Runtime.getRuntime().availableProcessors(), work::apply, done);
    } catch (IOException | JRException | SQLException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("a report could not be written", e); // not thrown by Work
    }
  }
}
