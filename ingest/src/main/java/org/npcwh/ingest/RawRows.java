package org.npcwh.ingest;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.Pii;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.ingest.pii.PersonalData;
import org.npcwh.ingest.source.RecordReader;
import org.npcwh.ingest.source.SourceRecord;
import org.npcwh.ingest.validate.RowVerdict;

/**
 * Builds the rows of one batch's data.parquet and _set_aside.parquet, with personal data protected:
 * no value of a personal field leaves this class in clear.
 */
final class RawRows {
  static final String WITHHELD = " (raw text withheld: the record may hold personal data that cannot be masked)";

  private final SourceDataset dataset;
  private final List<Field> fields;
  private final String batchId;
  private final LocalDateTime extractedAt;
  private final PersonalData personalData;
  private final boolean hasPseudonymisedFields;

  RawRows(SourceDataset dataset, String batchId, LocalDateTime extractedAt, PersonalData personalData) {
    this.dataset = dataset;
    this.fields = dataset.fields();
    this.batchId = batchId;
    this.extractedAt = extractedAt;
    this.personalData = personalData;
    this.hasPseudonymisedFields = fields.stream().anyMatch(f -> f.pii() == Pii.PSEUDONYMISE);
  }

  /**
   * Contract fields (protected) in contract order, then _batch_id, _extracted_at, _source_file,
   * _source_line, _pending_reference.
   */
  Object[] accepted(RowVerdict verdict, String sourceFile, long sourceLine) {
    Object[] typedValues = verdict.typedValues();
    Object[] row = new Object[fields.size() + 5];
    for (int i = 0; i < fields.size(); i++) {
      Pii protection = fields.get(i).protection();
      row[i] = protection == Pii.NONE ? typedValues[i] : personalData.protect(protection, (String) typedValues[i]);
    }
    row[fields.size()] = batchId;
    row[fields.size() + 1] = extractedAt;
    row[fields.size() + 2] = sourceFile;
    row[fields.size() + 3] = sourceLine;
    row[fields.size() + 4] = verdict.pendingReference();
    return row;
  }

  /** dataset, batch_id, source_file, source_line, reason_code, field, reason, raw_text. */
  Object[] setAside(SourceRecord record, RowVerdict verdict, String sourceFile, RecordReader format) {
    String rawText = safeRawText(record, format);
    String reason = rawText == null && record.rawText() != null ? verdict.reason() + WITHHELD : verdict.reason();
    return new Object[] {dataset.datasetName(), batchId, sourceFile, record.line(), verdict.reasonCode().name(),
        verdict.field(), reason, rawText};
  }

  /**
   * The record as delivered with numbers masked when the dataset holds no personal data; otherwise
   * rebuilt from its fields, pseudonymised fields hashed and every other value masked (a resident's
   * number typed into a code or id field is still theirs); when it has no usable fields, the delivered
   * text masked if the dataset's only personal data is free text, else nothing.
   */
  private String safeRawText(SourceRecord record, RecordReader format) {
    if (!dataset.hasPersonalData()) {
      return PersonalData.maskNumbers(record.rawText());
    }
    if (record.values() != null && allFieldsKnown(record.values())) {
      Map<String, String> protectedValues = new LinkedHashMap<>();
      record.values().forEach((name, value) -> protectedValues.put(name,
          personalData.protect(dataset.field(name).orElseThrow().pii() == Pii.PSEUDONYMISE
              ? Pii.PSEUDONYMISE : Pii.MASK_NUMBERS, value)));
      return format.render(protectedValues);
    }
    return hasPseudonymisedFields ? null : PersonalData.maskNumbers(record.rawText());
  }

  private boolean allFieldsKnown(Map<String, String> values) {
    return values.keySet().stream().allMatch(name -> dataset.field(name).isPresent());
  }
}
