package org.npcwh.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.landing.Manifest;
import org.npcwh.samples.events.ActivityGenerator;
import org.npcwh.samples.events.CommitmentCheckGenerator;
import org.npcwh.samples.events.DutyRecordGenerator;
import org.npcwh.samples.events.GroupOutputGenerator;
import org.npcwh.samples.events.OversightGenerator;
import org.npcwh.samples.events.VoterMeetingGenerator;
import org.npcwh.samples.events.DutyRosterGenerator;
import org.npcwh.samples.events.LegislationGenerator;
import org.npcwh.samples.events.LivelihoodGenerator;
import org.npcwh.samples.events.MessageGenerator;
import org.npcwh.samples.events.SuggestionGenerator;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.traps.BadRows;
import org.npcwh.samples.traps.DeliveryTraps;
import org.npcwh.samples.world.Cities;
import org.npcwh.samples.world.ReferenceSnapshots;
import org.npcwh.samples.world.World;

/**
 * Writes the calibrated Shenzhen sample: a landing zone of batches in the format of the source
 * contract, covering 2022-01 to 2023-06, with the delivery traps a real landing zone has. The same
 * seed and scale always give byte-identical files. Scale 1.0 reproduces Shenzhen's published
 * figures exactly (see docs/decisions.md, "Sample"); scales below 1.5 multiply the event volumes of
 * Shenzhen, larger ones grow the world to about that many Shenzhen-sized cities, each with its own
 * events (see {@link Cities}).
 */
public final class SampleGenerator {
  public static final long DEFAULT_SEED = 20230101L;

  private final long seed;
  private final double scale;

  public SampleGenerator(long seed, double scale) {
    if (!(scale > 0) || scale > 1000) {
      throw Errors.badInput("The scale " + scale + " cannot be used",
          "the scale multiplies the world and its events and must be above 0 and at most 1000 (1 is the calibrated"
              + " sample)",
          "Pass a scale such as 1 (calibrated, Shenzhen), 8 (a province) or 80 (a country)");
    }
    this.seed = seed;
    this.scale = scale;
  }

  /**
   * Generates the sample into {@code landing}, which must be empty or not exist yet.
   *
   * @param progress receives one line per step, for the user
   */
  public SampleSummary generate(Path landing, Consumer<String> progress) throws IOException {
    requireEmpty(landing);
    Files.createDirectories(landing);
    Landing out = new Landing(landing);
    World world = World.build(seed, Cities.forScale(scale));
    if (world.cities() > 1) {
      progress.accept(String.format("World: Shenzhen and %d synthesized cities of its size (prefectures %s to %s)",
          world.cities() - 1, Cities.prefecture(1), Cities.prefecture(world.cities() - 1)));
    }
    progress.accept(String.format("Reference data: %d regions, %d platforms, %d departments, %d deputies (7 quarterly snapshots)",
        world.regionRows().size(), world.network().platforms().size(), world.departments().all().size(),
        world.deputies().all().size()));
    new ReferenceSnapshots(world).write(out);

    progress.accept(rows("duty_roster", new DutyRosterGenerator(world, scale, seed).write(out)));
    ActivityGenerator activities = new ActivityGenerator(world, scale, seed);
    progress.accept(rows("activities", activities.write(out)));
    MessageGenerator messages = new MessageGenerator(world, scale, seed);
    long[] m = messages.write(out);
    progress.accept(rows("messages", m[0]) + ", " + rows("letters", m[1]));
    LegislationGenerator legislation = new LegislationGenerator(world, scale, seed);
    long[] l = legislation.write(out);
    progress.accept(rows("drafts", l[0]) + ", " + rows("opinions", l[1]));
    SuggestionGenerator suggestions = new SuggestionGenerator(world, scale, seed);
    long[] s = suggestions.write(out);
    progress.accept(rows("suggestions", s[0]) + ", " + rows("replies", s[1]) + ", " + rows("evaluations", s[2]));
    progress.accept(rows("livelihood_projects", new LivelihoodGenerator(world, scale, seed).write(out)));
    secondTier(out, activities, suggestions, progress);

    DeliveryTraps.write(out, world, messages.resentLetters(),
        legislation.unfinishedOpinions(DeliveryTraps.UNFINISHED_ROWS));
    DeliveryTraps.writeSecondTier(out);
    SampleSummary summary = summarise(out);
    progress.accept(String.format("Sample written to %s: %d batches, %d files, %,d rows, %.1f MB",
        landing, summary.batches(), summary.files(), summary.rows(), summary.bytes() / 1_000_000.0));
    return summary;
  }

  /** The second tier's events, drawn around the first tier's activities, suggestions and replies. */
  private void secondTier(Landing out, ActivityGenerator activities, SuggestionGenerator suggestions,
      Consumer<String> progress) throws IOException {
    World world = activities.world();
    OversightGenerator oversight = new OversightGenerator(world, scale, seed);
    long[] o = oversight.write(out);
    progress.accept(rows("oversight_sessions", o[0]) + ", " + rows("oversight_issues", o[1]) + ", "
        + rows("department_assessments", o[2]));
    GroupOutputGenerator groups = new GroupOutputGenerator(suggestions.assigned(), seed);
    progress.accept(rows("group_outputs", groups.write(out)));
    progress.accept(rows("duty_records", new DutyRecordGenerator(world, scale, seed, activities.receptions(),
        oversight.sessions(), groups.activities()).write(out)));
    progress.accept(rows("voter_meetings", new VoterMeetingGenerator(world, seed).write(out)));
    progress.accept(rows("commitment_checks", new CommitmentCheckGenerator(suggestions.commitments(), seed).write(out)));
  }

  private static String rows(String what, long n) {
    return String.format("%s: %,d rows", what, n);
  }

  private static SampleSummary summarise(Landing landing) throws IOException {
    Map<SourceDataset, SampleSummary.Tally> tallies = new EnumMap<>(SourceDataset.class);
    for (Landing.Written w : landing.written()) {
      long bytes = 0;
      for (Manifest.ManifestFile f : w.manifest().files()) {
        bytes += Files.size(w.dir().resolve(f.name()));
      }
      SourceDataset dataset = SourceDataset.byName(w.manifest().dataset());
      SampleSummary.Tally t = tallies.getOrDefault(dataset, new SampleSummary.Tally(0, 0, 0, 0));
      tallies.put(dataset, t.plus(w.manifest().files().size(), w.manifest().totalRows(), bytes));
    }
    return new SampleSummary(tallies, BadRows.total());
  }

  private static void requireEmpty(Path landing) throws IOException {
    if (Files.isDirectory(landing)) {
      try (Stream<Path> entries = Files.list(landing)) {
        if (entries.findAny().isPresent()) {
          throw Errors.badInput("The landing zone " + landing + " already holds files",
              "the sample is written into an empty folder so that nothing of an earlier run mixes with it",
              "Delete that folder or choose another one");
        }
      }
    } else if (Files.exists(landing)) {
      throw Errors.badInput("The landing zone " + landing + " cannot be used", "it is a file, not a folder",
          "Choose a folder path");
    }
  }
}
