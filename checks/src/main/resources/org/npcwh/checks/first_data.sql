-- Where the warehouse's data begins: the earliest event date of one event dataset's raw batches.
-- FirstData fills {event_date} with the dataset's quoted event-date column (SourceDataset.eventDate())
-- and binds the batches' data files as :files.

-- statement: earliest_event
SELECT min(CAST({event_date} AS DATE)) AS earliest
FROM read_parquet(:files, union_by_name = true)
