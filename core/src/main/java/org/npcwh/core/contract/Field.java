package org.npcwh.core.contract;

import java.util.Optional;
import java.util.Set;

/**
 * One field of a source dataset as the contract declares it.
 *
 * @param name the field name in the delivered files
 * @param type its value type
 * @param key whether it is part of the dataset's key (★)
 * @param required whether a row without it is bad (keys, and {@code updated_at} of incremental data)
 * @param codes the only allowed values, empty when any value of the type is allowed
 * @param min the smallest allowed number, or null
 * @param max the largest allowed number, or null
 * @param references the name of the dataset whose key this field (or each list element) must name,
 *     or null (a name, not the enum, because datasets refer to each other and to themselves)
 * @param pii how the field is protected, {@link Pii#NONE} for ordinary data
 * @param atMost the name of another field of the same row that this number may not exceed, or null
 *     (an ordering the contract states between fields, such as {@code items_voted ≤ items_proposed})
 * @param referencedKind the kind of row the reference must name, or null for any row of the dataset
 *     (a voter meeting's {@code street_code} must name a STREET region, not any region)
 */
public record Field(
    String name,
    FieldType type,
    boolean key,
    boolean required,
    Set<String> codes,
    Long min,
    Long max,
    String references,
    Pii pii,
    String atMost,
    Kind referencedKind) {

  /**
   * A kind of row within a referenced dataset: those whose code field {@code field} holds {@code code}.
   * The contract names a few references to one kind only ("a street or station that does not exist").
   */
  public record Kind(String field, String code) {
    /** How reasons name the kind, e.g. {@code of level STREET}. */
    public String described() {
      return "of " + field.replace('_', ' ') + " " + code;
    }
  }

  public Field {
    codes = Set.copyOf(codes);
  }

  /** The column name in the raw layer and everything downstream of it. */
  public String storedName() {
    return pii == Pii.PSEUDONYMISE ? name + "_hash" : name;
  }

  /**
   * How the value is protected before it is stored: the declared {@link #pii()}, and
   * {@link Pii#MASK_NUMBERS} for every other free-text string (a string that is not a key, a reference,
   * a code or an {@code _id}), because anyone may type a phone number into a title or a commitment.
   */
  public Pii protection() {
    boolean freeText = type == FieldType.STR && !key && references == null && codes.isEmpty()
        && !name.endsWith("_id");
    return pii == Pii.NONE && freeText ? Pii.MASK_NUMBERS : pii;
  }

  public Optional<SourceDataset> reference() {
    return Optional.ofNullable(references).map(SourceDataset::byName);
  }

  static Field of(String name, FieldType type) {
    return new Field(name, type, false, false, Set.of(), null, null, null, Pii.NONE, null, null);
  }

  Field asKey() {
    return new Field(name, type, true, true, codes, min, max, references, pii, atMost, referencedKind);
  }

  Field asRequired() {
    return new Field(name, type, key, true, codes, min, max, references, pii, atMost, referencedKind);
  }

  Field codes(String... allowed) {
    return new Field(name, type, key, required, Set.of(allowed), min, max, references, pii, atMost, referencedKind);
  }

  Field range(long lowest, Long highest) {
    return new Field(name, type, key, required, codes, lowest, highest, references, pii, atMost, referencedKind);
  }

  Field refersTo(String dataset) {
    return new Field(name, type, key, required, codes, min, max, dataset, pii, atMost, referencedKind);
  }

  Field personal(Pii protection) {
    return new Field(name, type, key, required, codes, min, max, references, protection, atMost, referencedKind);
  }

  Field atMost(String otherField) {
    return new Field(name, type, key, required, codes, min, max, references, pii, otherField, referencedKind);
  }

  /** A reference to the rows of {@code dataset} whose {@code kindField} holds {@code kindCode}. */
  Field refersTo(String dataset, String kindField, String kindCode) {
    return new Field(name, type, key, required, codes, min, max, dataset, pii, atMost, new Kind(kindField, kindCode));
  }
}
