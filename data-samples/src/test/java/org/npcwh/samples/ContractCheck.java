package org.npcwh.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.FieldType;
import org.npcwh.core.contract.SourceDataset;

/**
 * The contract's "bad row" rule, written out plainly for the tests: keys and required fields present,
 * values of their type, codes allowed, numbers in range and in the stated order, references to rows
 * that exist and are of the kind named (reference data: the newest full snapshot; other datasets:
 * any usable batch).
 */
final class ContractCheck {
  private static final DateTimeFormatter TS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private final Map<String, Set<String>> keys = new HashMap<>();
  private final Map<Field.Kind, Set<String>> keysOfKind = new HashMap<>();

  ContractCheck(LandingReader landing) throws IOException {
    for (SourceDataset d : SourceDataset.values()) {
      if (d.keyFields().size() != 1) {
        continue;
      }
      String key = d.keyFields().get(0).name();
      Set<String> known = new HashSet<>();
      if (d.isReference()) {
        landing.newestFull(d).forEach(r -> known.add(r.get(key)));
      } else {
        for (LandingReader.BatchInfo b : landing.usable(d)) {
          landing.forEachRow(b, r -> known.add(r.get(key)));
        }
      }
      keys.put(d.datasetName(), known);
    }
    for (SourceDataset d : SourceDataset.values()) {
      for (Field f : d.fields()) {
        Field.Kind kind = f.referencedKind();
        if (kind != null) {
          String key = f.reference().orElseThrow().keyFields().get(0).name();
          Set<String> known = new HashSet<>();
          landing.newestFull(f.reference().orElseThrow()).stream().filter(r -> kind.code().equals(r.get(kind.field())))
              .forEach(r -> known.add(r.get(key)));
          keysOfKind.put(kind, known);
        }
      }
    }
  }

  /** Why the row is bad, or null when it is good. */
  String problem(SourceDataset dataset, Map<String, String> row) {
    for (Field f : dataset.fields()) {
      String v = row.get(f.name());
      if (v == null) {
        if (f.required()) {
          return "missing " + f.name();
        }
        continue;
      }
      String p = valueProblem(f, v);
      if (p != null) {
        return f.name() + ": " + p;
      }
      String bound = f.atMost() == null ? null : row.get(f.atMost());
      if (bound != null && Long.parseLong(v) > Long.parseLong(bound)) {
        return f.name() + ": more than " + f.atMost();
      }
    }
    return null;
  }

  private String valueProblem(Field f, String v) {
    try {
      switch (f.type()) {
        case INT -> {
          long n = Long.parseLong(v);
          if ((f.min() != null && n < f.min()) || (f.max() != null && n > f.max())) {
            return "out of range";
          }
        }
        case DEC -> {
          BigDecimal n = new BigDecimal(v);
          if ((f.min() != null && n.compareTo(BigDecimal.valueOf(f.min())) < 0)
              || (f.max() != null && n.compareTo(BigDecimal.valueOf(f.max())) > 0)) {
            return "out of range";
          }
        }
        case BOOL -> {
          if (!v.equals("true") && !v.equals("false")) {
            return "not a boolean";
          }
        }
        case DATE -> LocalDate.parse(v);
        case TS -> LocalDateTime.parse(v, TS);
        default -> { }
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return "does not parse";
    }
    if (!f.codes().isEmpty() && !f.codes().contains(v)) {
      return "not an allowed code";
    }
    if (f.references() != null) {
      Set<String> known = f.referencedKind() == null ? keys.get(f.references()) : keysOfKind.get(f.referencedKind());
      for (String element : f.type() == FieldType.LIST ? v.split(";") : new String[] {v}) {
        if (!known.contains(element)) {
          return "unknown " + element;
        }
      }
    }
    return null;
  }
}
