package org.npcwh.ingest;

import java.nio.file.Path;

/**
 * What an ingest run needs.
 *
 * @param landing the landing zone: {@code <landing>/<dataset>/<batch_id>/} batch folders
 * @param warehouse the warehouse root (its {@code raw/} layer is written)
 * @param piiKey the pseudonymisation key, at least 16 bytes
 */
public record IngestSettings(Path landing, Path warehouse, byte[] piiKey) {}
