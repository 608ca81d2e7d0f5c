package org.npcwh.pull;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.Field;
import org.npcwh.core.error.Errors;
import org.npcwh.pull.PullState.DatasetState;

/**
 * Streams one dataset from the source into a landing batch and commits its state.
 *
 * <p>Incremental: the first pull reads every row; later ones read {@code updated_at > watermark -
 * overlap}, sorted by updated_at. A row of that window whose (key, updated_at) the last committed
 * state lists as delivered is skipped; every other row is new, changed, or committed late by the
 * source, and goes into the batch. No batch is written when nothing is left. The new watermark is
 * the newest updated_at seen. Full: every row, sorted by key; no batch when the data file equals the
 * last full batch's byte for byte. The state is committed only after the batch is in place.
 */
final class DatasetPull {
  /** How often a long pull reports how far it has got. */
  static final long PROGRESS_EVERY = 100_000;

  private final PullContext context;
  private final DatasetPlan plan;
  private final DatasetDefinition dataset;
  private final Optional<DatasetState> previous;
  private long rowsRead;
  private long alreadyDelivered;

  /**
   * What every dataset of one pull shares.
   *
   * @param batchId the id the pull's batches get (one per dataset folder)
   * @param extractedAt when the snapshot was taken, the manifests' extracted_at
   */
  record PullContext(SourceDefinition source, SourceConnection connection, PullState state, Path landing,
      String batchId, LocalDateTime extractedAt, Clock clock, Redactor redactor, Consumer<String> progress) {}

  DatasetPull(PullContext context, DatasetPlan plan) {
    this.context = context;
    this.plan = plan;
    this.dataset = plan.dataset();
    this.previous = context.state().dataset(dataset.name());
  }

  DatasetOutcome run() {
    LandingBatch batch = null;
    try (PreparedStatement statement = prepare(); ResultSet rows = statement.executeQuery()) {
      batch = LandingBatch.start(context.landing(), dataset.dataset(), context.batchId(), header());
      return dataset.incremental() ? incremental(rows, batch) : full(rows, batch);
    } catch (SQLException e) {
      throw SqlFailures.reading(e, context.source().name(), dataset.name(), rowsRead, context.connection().isLost(),
          context.redactor());
    } catch (IOException e) {
      throw Errors.unwritable(context.landing().resolve(dataset.name()), e);
    } finally {
      discard(batch);
    }
  }

  private PreparedStatement prepare() throws SQLException {
    LocalDateTime lowerBound = watermark().map(w -> w.minus(context.source().overlap())).orElse(null);
    PreparedStatement statement = context.connection().connection().prepareStatement(
        lowerBound == null ? plan.sql() : plan.windowedSql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    statement.setFetchSize(context.source().fetchSize());
    if (lowerBound != null) {
      // a timestamptz column is compared with an instant, never through the session's time zone
      statement.setObject(1, plan.watermarkZoned() ? lowerBound.atZone(ContractText.CHINA).toOffsetDateTime()
          : lowerBound);
    }
    return statement;
  }

  private DatasetOutcome incremental(ResultSet rows, LandingBatch batch) throws SQLException, IOException {
    RecentVersions seen = new RecentVersions(context.source().overlap());
    LocalDateTime lastWatermark = watermark().orElse(null);
    Set<String> delivered = previous.map(DatasetState::recentVersions).orElse(Set.of());
    String[] values = new String[plan.readers().size()];
    while (rows.next()) {
      counted();
      LocalDateTime updatedAt = plan.watermarkZoned() ? ColumnReader.chinaTime(rows, plan.watermarkColumn())
          : ColumnReader.localTime(rows, plan.watermarkColumn());
      String key = key(rows);
      seen.observe(key, updatedAt);
      if (lastWatermark != null && updatedAt != null && !updatedAt.isAfter(lastWatermark)
          && delivered.contains(RecentVersions.fingerprint(key, updatedAt))) {
        alreadyDelivered++;
        continue;
      }
      batch.write(read(rows, values));
    }
    LocalDateTime newWatermark = max(lastWatermark, seen.newest());
    if (batch.rows() == 0) {
      return outcome(DeliveryMode.INCREMENTAL, null, 0, lastWatermark, "no new or changed rows");
    }
    String batchId = batch.publish(DeliveryMode.INCREMENTAL, context.extractedAt());
    Set<String> recent = newWatermark == null ? Set.of()
        : new HashSet<>(seen.fingerprintsAfter(newWatermark.minus(context.source().overlap())));
    context.state().commit(dataset.name(), new DatasetState(batchId, now(), newWatermark, recent, null));
    return outcome(DeliveryMode.INCREMENTAL, batchId, batch.rows(), newWatermark, null);
  }

  private DatasetOutcome full(ResultSet rows, LandingBatch batch) throws SQLException, IOException {
    String[] values = new String[plan.readers().size()];
    while (rows.next()) {
      counted();
      batch.write(read(rows, values));
    }
    String sha256 = batch.finishData();
    Optional<DatasetState> last = previous.filter(s -> sha256.equals(s.contentSha256()));
    if (last.isPresent()) {
      return outcome(DeliveryMode.FULL, null, 0, null, "unchanged since batch " + last.get().batchId());
    }
    String batchId = batch.publish(DeliveryMode.FULL, context.extractedAt());
    context.state().commit(dataset.name(), new DatasetState(batchId, now(), null, Set.of(), sha256));
    return outcome(DeliveryMode.FULL, batchId, batch.rows(), null, null);
  }

  private Optional<LocalDateTime> watermark() {
    return previous.map(DatasetState::watermark).filter(w -> dataset.incremental());
  }

  private List<String> header() {
    return dataset.dataset().fields().stream().map(Field::name).toList();
  }

  private String[] read(ResultSet rows, String[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      values[i] = plan.readers().get(i).read(rows, i + 1);
    }
    return values;
  }

  /** The key columns' values joined by a unit separator (no identifier holds one). */
  private String key(ResultSet rows) throws SQLException {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < plan.keyCount(); i++) {
      if (i > 0) {
        key.append('\u001f');
      }
      key.append(rows.getString(plan.firstKeyColumn() + i));
    }
    return key.toString();
  }

  private void counted() {
    rowsRead++;
    if (rowsRead % PROGRESS_EVERY == 0) {
      context.progress().accept(String.format("%s: %,d rows read so far", dataset.name(), rowsRead));
    }
  }

  private DatasetOutcome outcome(DeliveryMode mode, String batchId, long written, LocalDateTime watermark, String note) {
    return new DatasetOutcome(dataset.name(), mode, batchId, rowsRead, written, alreadyDelivered, watermark, note);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(context.clock().withZone(ContractText.CHINA));
  }

  private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private void discard(LandingBatch batch) {
    if (batch != null) {
      try {
        batch.close();
      } catch (IOException e) {
        context.progress().accept("could not remove the unfinished batch of " + dataset.name() + " ("
            + e.getClass().getSimpleName() + "); the next pull removes it");
      }
    }
  }
}
