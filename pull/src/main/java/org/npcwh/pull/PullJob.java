package org.npcwh.pull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.TreeFiles;
import org.npcwh.pull.CredentialSource.Credentials;
import org.npcwh.pull.DatasetPull.PullContext;

/**
 * Pulls every dataset of one source database into contract batches in the landing zone, from one
 * consistent snapshot. Each dataset's batch is published and its state committed before the next
 * dataset is read, so a failure keeps what was completed and the next pull repeats the rest.
 */
public final class PullJob {
  private static final DateTimeFormatter BATCH_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

  private final PullSettings settings;
  private final Consumer<String> progress;
  private final Clock clock;

  public PullJob(PullSettings settings, Consumer<String> progress) {
    this(settings, progress, Clock.system(ContractText.CHINA));
  }

  PullJob(PullSettings settings, Consumer<String> progress, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.clock = clock.withZone(ContractText.CHINA);
  }

  /**
   * @throws org.npcwh.core.error.UserException when the definition, the credentials, the source's
   *     tables or the connection fail, naming the source (and dataset); never showing a password
   */
  public PullReport run() {
    long started = System.nanoTime();
    SourceDefinition source = SourceDefinitions.read(settings.sourceDefinition());
    Credentials credentials = source.credentials().resolve(source.name(), settings.env());
    Redactor redactor = new Redactor(credentials.password());
    Path landing = landing();
    try (PullState state = PullState.open(landing, source.name())) {
      removeUnfinishedBatches(landing, source);
      progress.accept("Connecting to source '" + source.name() + "' at " + Redactor.maskUrl(source.jdbcUrl())
          + " as " + credentials.user());
      try (SourceConnection connection = SourceConnection.open(source, credentials, redactor)) {
        LocalDateTime extractedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        List<DatasetPlan> plans = source.datasets().stream()
            .map(d -> DatasetPlan.prepare(connection.connection(), connection.sql(), d, source.name(), redactor))
            .toList();
        PullContext context = new PullContext(source, connection, state, landing,
            "pull-" + BATCH_TIME.format(extractedAt) + "-" + source.name(), extractedAt, clock, redactor, progress);
        List<DatasetOutcome> outcomes = new ArrayList<>();
        for (DatasetPlan plan : plans) {
          DatasetOutcome outcome = new DatasetPull(context, plan).run();
          progress.accept(outcome.progressLine());
          outcomes.add(outcome);
        }
        endSnapshot(connection, source, redactor);
        return new PullReport(source.name(), extractedAt, outcomes, Duration.ofNanos(System.nanoTime() - started));
      }
    }
  }

  private Path landing() {
    Path landing = settings.landing().toAbsolutePath().normalize();
    try {
      Files.createDirectories(landing);
      return landing;
    } catch (IOException e) {
      throw Errors.unwritable(landing, e);
    }
  }

  /** The read-only transaction ends; a failure here loses nothing, every batch is already in place. */
  private void endSnapshot(SourceConnection connection, SourceDefinition source, Redactor redactor) {
    try {
      connection.finish();
    } catch (SQLException e) {
      progress.accept("Source '" + source.name() + "': ending the read-only transaction failed ("
          + SqlFailures.describe(e, redactor) + "); the batches written are complete");
    }
  }

  /** Dot-folders a crashed or killed pull of this source left behind (never published, never ingested). */
  private static void removeUnfinishedBatches(Path landing, SourceDefinition source) {
    Pattern unfinished = Pattern.compile(Pattern.quote(LandingBatch.STAGING_PREFIX + "pull-") + "\\d{8}T\\d{6}-"
        + Pattern.quote(source.name()) + "(-\\d+)?");
    for (DatasetDefinition dataset : source.datasets()) {
      Path folder = landing.resolve(dataset.name());
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> entries = Files.list(folder)) {
        for (Path entry : entries.toList()) {
          String name = entry.getFileName().toString();
          if (unfinished.matcher(name).matches()) {
            TreeFiles.deleteRecursively(entry);
          }
        }
      } catch (IOException e) {
        throw Errors.unwritable(folder, e);
      }
    }
  }
}
