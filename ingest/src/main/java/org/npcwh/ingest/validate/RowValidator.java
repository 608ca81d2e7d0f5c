package org.npcwh.ingest.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.FieldType;
import org.npcwh.core.contract.Pii;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.ingest.pii.PersonalData;
import org.npcwh.ingest.pii.Shown;

/**
 * Checks a record against its dataset's contract. Checks run by kind, each kind over the fields in
 * contract order, and the first failure is the row's reason: unknown fields (malformed), required
 * fields, types, codes, ranges (a field's own range, then the ordering the contract states between
 * two of a row's numbers, declared as {@link Field#atMost()}, such as voter meetings'
 * {@code items_selected ≤ items_voted ≤ items_proposed}). A row that passes them all but names an
 * unknown key is accepted as pending, with the first unknown reference as its reason (see
 * {@link RowVerdict#pendingReference()}).
 */
public final class RowValidator {
  private final SourceDataset dataset;
  private final List<Field> fields;
  private final Set<String> fieldNames;
  private final KeyLookup keys;
  /** Per field, the dataset it refers to or null: resolved once, as it is needed for every row. */
  private final SourceDataset[] references;
  /** Per field, the position of the field it may not exceed, or -1. */
  private final int[] upperBounds;

  public RowValidator(SourceDataset dataset, KeyLookup keys) {
    this.dataset = dataset;
    this.fields = dataset.fields();
    this.fieldNames = fields.stream().map(Field::name).collect(Collectors.toUnmodifiableSet());
    this.keys = keys;
    this.references = fields.stream().map(f -> f.reference().orElse(null)).toArray(SourceDataset[]::new);
    List<String> names = fields.stream().map(Field::name).toList();
    this.upperBounds = fields.stream().mapToInt(f -> f.atMost() == null ? -1 : names.indexOf(f.atMost())).toArray();
  }

  /**
   * @param values field name to delivered text, null meaning empty or absent
   * @param checkReferences false to skip looking up references (no row is then pending)
   */
  public RowVerdict validate(Map<String, String> values, boolean checkReferences) {
    for (String name : values.keySet()) {
      if (!fieldNames.contains(name)) {
        return RowVerdict.setAside(ReasonCode.MALFORMED_RECORD, null,
            "the record has a field " + Shown.capped(name, Shown.MAX_QUOTED_CHARS) + " that "
                + dataset.datasetName() + " does not define");
      }
    }
    for (Field field : fields) {
      if (field.required() && values.get(field.name()) == null) {
        return RowVerdict.setAside(ReasonCode.MISSING_KEY, field.name(),
            (field.key() ? "key field " : "required field ") + field.name() + " is empty or absent");
      }
    }
    Object[] typed = new Object[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      String text = values.get(field.name());
      if (text != null) {
        typed[i] = ValueParser.parse(field.type(), text);
        if (typed[i] == null) {
          return failure(ReasonCode.BAD_TYPE, field, text, "is not " + ValueParser.shape(field.type()));
        }
      }
    }
    RowVerdict failed = firstFailure(typed);
    if (failed != null) {
      return failed;
    }
    RowVerdict unknown = checkReferences ? firstUnknownReference(typed) : null;
    return unknown == null ? RowVerdict.accepted(typed) : RowVerdict.pending(typed, unknown);
  }

  private RowVerdict firstFailure(Object[] typed) {
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if (typed[i] != null && !field.codes().isEmpty() && !field.codes().contains(typed[i].toString())) {
        return failure(ReasonCode.BAD_CODE, field, typed[i].toString(),
            "is not one of " + String.join(", ", field.codes().stream().sorted().toList()));
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if (typed[i] != null && isNumeric(field.type()) && !inRange(field, numeric(typed[i]))) {
        return failure(ReasonCode.OUT_OF_RANGE, field, typed[i].toString(), "is outside " + range(field));
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      int bound = upperBounds[i];
      if (bound >= 0 && typed[i] != null && typed[bound] != null
          && numeric(typed[i]).compareTo(numeric(typed[bound])) > 0) {
        return failure(ReasonCode.OUT_OF_RANGE, fields.get(i), typed[i].toString(),
            "is more than " + fields.get(bound).name() + " (" + typed[bound] + "), which it may not exceed");
      }
    }
    for (int i = 0; i < fields.size() && dataset.hasPersonalData(); i++) {
      Field field = fields.get(i);
      if (typed[i] != null && field.protection() == Pii.NONE && holdsContactDetails(typed[i])) {
        return failure(ReasonCode.PERSONAL_DATA, field, typed[i].toString(),
            "holds a phone number, ID number or e-mail address, which no identifier or code of the contract does");
      }
    }
    return null;
  }

  /**
   * Whether an unmasked value (an identifier, a reference, a code) of a dataset with residents' data
   * holds what masking would hide: such a row is set aside rather than stored with it in clear, and
   * it cannot name a real key anyway.
   */
  private static boolean holdsContactDetails(Object value) {
    List<?> values = value instanceof List<?> list ? list : List.of(value);
    return values.stream().map(Object::toString).anyMatch(v -> !PersonalData.maskNumbers(v).equals(v));
  }

  private RowVerdict firstUnknownReference(Object[] typed) {
    for (int i = 0; i < fields.size(); i++) {
      RowVerdict unknown = unknownReference(fields.get(i), references[i], typed[i]);
      if (unknown != null) {
        return unknown;
      }
    }
    return null;
  }

  private RowVerdict unknownReference(Field field, SourceDataset referenced, Object value) {
    if (value == null || referenced == null) {
      return null;
    }
    List<?> named = value instanceof List<?> list ? list : List.of(value);
    for (Object key : named) {
      if (!keys.contains(referenced, field.referencedKind(), key.toString())) {
        String label = field.type() == FieldType.LIST ? field.name() + " element" : field.name();
        String kind = field.referencedKind() == null ? "" : " " + field.referencedKind().described();
        return failure(ReasonCode.UNKNOWN_REFERENCE, field, label, key.toString(),
            "is not a known " + referenced.datasetName() + " key" + kind);
      }
    }
    return null;
  }

  private static boolean isNumeric(FieldType type) {
    return type == FieldType.INT || type == FieldType.DEC;
  }

  private static BigDecimal numeric(Object value) {
    return value instanceof Long whole ? BigDecimal.valueOf(whole) : (BigDecimal) value;
  }

  private static boolean inRange(Field field, BigDecimal value) {
    return (field.min() == null || value.compareTo(BigDecimal.valueOf(field.min())) >= 0)
        && (field.max() == null || value.compareTo(BigDecimal.valueOf(field.max())) <= 0);
  }

  private static String range(Field field) {
    if (field.max() == null) {
      return "the range " + field.min() + " or more";
    }
    if (field.min() == null) {
      return "the range up to " + field.max();
    }
    return "the range " + field.min() + " to " + field.max();
  }

  /**
   * A reason naming the field and the offending value, masked and capped; never a value of a dataset
   * holding personal data (a resident's name typed into {@code status} is still theirs).
   */
  private RowVerdict failure(ReasonCode code, Field field, String value, String problem) {
    return failure(code, field, field.name(), value, problem);
  }

  private RowVerdict failure(ReasonCode code, Field field, String label, String value, String problem) {
    String shown = dataset.hasPersonalData() || field.pii() != Pii.NONE
        ? "(personal data, not shown)" : Shown.quoted(value);
    return RowVerdict.setAside(code, field.name(), label + " " + shown + " " + problem);
  }
}
