package org.npcwh.samples.world;

import java.time.LocalDate;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.Row;

/** One platform of the home–station–point network, with its whole history. */
public record Platform(
    String id,
    String type,
    String name,
    String streetCode,
    String communityCode,
    String category,
    LocalDate legislativeSince,
    LocalDate onlineSince,
    LocalDate openedOn,
    LocalDate closedOn) {

  public static final String HOME = "HOME";
  public static final String STATION = "STATION";
  public static final String POINT = "POINT";

  /** The metric contract's "open at": opened on or before the day and not closed by then. */
  public boolean openAt(LocalDate day) {
    return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
  }

  public boolean legislativeAt(LocalDate day) {
    return openAt(day) && legislativeSince != null && !legislativeSince.isAfter(day);
  }

  public boolean onlineAt(LocalDate day) {
    return openAt(day) && onlineSince != null && !onlineSince.isAfter(day);
  }

  public String districtCode() {
    return streetCode.substring(0, 6);
  }

  /** Whether a snapshot extracted early on {@code snapshotDay} knows the platform. */
  public boolean knownAt(LocalDate snapshotDay) {
    return openedOn.isBefore(snapshotDay);
  }

  /** The platform as a snapshot extracted early on {@code snapshotDay} shows it. */
  public Row row(LocalDate snapshotDay) {
    LocalDate legislative = before(legislativeSince, snapshotDay);
    return Row.of(SourceDataset.PLATFORMS)
        .set("platform_id", id)
        .set("platform_type", type)
        .set("name", name)
        .set("street_code", streetCode)
        .set("community_code", communityCode)
        .set("category", category)
        .set("is_legislative_point", legislative != null)
        .set("legislative_since", legislative)
        .set("online_since", before(onlineSince, snapshotDay))
        .set("opened_on", openedOn)
        .set("closed_on", before(closedOn, snapshotDay));
  }

  private static LocalDate before(LocalDate date, LocalDate snapshotDay) {
    return date != null && date.isBefore(snapshotDay) ? date : null;
  }
}
