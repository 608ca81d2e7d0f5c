package org.npcwh.ingest.parquet;

/** One column of a Parquet table ingest writes; every column is optional (nullable). */
public record Column(String name, ColumnType type) {}
