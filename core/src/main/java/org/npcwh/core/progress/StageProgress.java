package org.npcwh.core.progress;

import java.util.function.Consumer;

/**
 * What a stage tells whoever runs it while it works: lines (the record of what happened, which
 * tests, Airflow and the log file read) and, where the stage can count its work, how far it is, so
 * that a terminal can draw a bar. A lambda taking a line is a whole implementation: counts are
 * optional and ignored unless someone draws them.
 */
@FunctionalInterface
public interface StageProgress extends Consumer<String> {

  /** {@code done} of {@code total} units of the stage (batches, steps) are finished. */
  default void advanced(int done, int total) {}
}
