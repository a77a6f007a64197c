package org.engagement.json;

import static org.engagement.json.Collections2.enumeration;
import static org.engagement.json.Scalars.BOOLEAN;
import static org.engagement.json.Scalars.INT;
import static org.engagement.json.Scalars.TEXT;

import java.util.List;
import org.engagement.core.RecordType;
import org.engagement.core.validation.IssuePath;
import org.engagement.core.validation.Severity;
import org.engagement.core.validation.ValidationIssue;
import org.engagement.core.validation.ValidationReport;

/**
 * The JSON of validation results: a report is its issues, each with its severity, stable code,
 * message, path and the JSON Pointer of that path in the dataset document.
 */
final class Reports {

  private Reports() {}

  static final Codec<Severity> SEVERITY = enumeration(Severity.class,
      "How serious an issue is: ERROR (the data is wrong) or WARNING (suspicious but usable).");

  static final Codec<RecordType> RECORD_TYPE = enumeration(RecordType.class,
      "The kinds of record a dataset holds; each names one array of the dataset document.");

  /**
   * The JSON Pointer of a validator path in the dataset document:
   * {@code /collection/index/field...}, or {@code /field...} for the dataset itself (its
   * scheme). The format names every property after its accessor, so the segments map one to one.
   *
   * @param path the path
   * @return the pointer, {@code ""} for the dataset as a whole
   */
  public static String pointer(IssuePath path) {
    StringBuilder out = new StringBuilder();
    path.recordType().ifPresent(type -> {
      out.append('/').append(escape(type.collection()));
      path.index().ifPresent(index -> out.append('/').append(index));
    });
    for (String segment : path.field()) {
      out.append('/').append(escape(segment));
    }
    return out.toString();
  }

  /**
   * The validator path of a JSON Pointer into the dataset document, the inverse of
   * {@link #pointer(IssuePath)}: {@code /collection/index/field...} is a field of a record (whose
   * id the pointer does not say), anything else a field of the dataset itself.
   *
   * @param pointer the pointer, {@code ""} for the dataset as a whole
   * @return the path, never null
   */
  public static IssuePath path(String pointer) {
    List<String> segments = new java.util.ArrayList<>();
    if (!pointer.isEmpty()) {
      for (String token : pointer.substring(1).split("/", -1)) {
        segments.add(token.replace("~1", "/").replace("~0", "~"));
      }
    }
    IssuePath.Builder builder = IssuePath.builder();
    if (segments.size() >= 2) {
      java.util.Optional<RecordType> type = DatasetCodec.collection(segments.get(0));
      String index = segments.get(1);
      if (type.isPresent() && !index.isEmpty() && index.length() < 10
          && index.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return builder.recordType(type.get()).index(Integer.parseInt(index))
            .field(segments.subList(2, segments.size())).build();
      }
    }
    return builder.field(segments).build();
  }

  /** Escapes a reference token of a JSON Pointer (RFC 6901 §3). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** Where an issue is. */
  public static final ObjectBinding<IssuePath, IssuePath.Builder> ISSUE_PATH =
      ObjectBinding.define(IssuePath.class,
              "Where a validation issue is: the record's type, its position in its collection, "
                  + "its id, and the field inside it as segments. A path without record type "
                  + "is about the dataset itself (its scheme).",
              IssuePath::builder, IssuePath.Builder::build)
          .optional("recordType", RECORD_TYPE, IssuePath::recordType,
              IssuePath.Builder::recordType, "The record's type; absent for the dataset itself.")
          .optional("index", INT, IssuePath::index, IssuePath.Builder::index,
              "The record's position in its collection, from 0.")
          .optional("recordId", TEXT, IssuePath::recordId, IssuePath.Builder::recordId,
              "The record's id, or an issue category's code.")
          .list("field", TEXT, IssuePath::field, IssuePath.Builder::field,
              "The field inside the record: property names, list indexes and map keys.")
          .build();

  /** One issue. */
  public static final ObjectBinding<ValidationIssue, Slots> ISSUE =
      ObjectBinding.define(ValidationIssue.class,
              "One problem found in a dataset: its severity, a stable code, where it is and a "
                  + "message that names the bad value.",
              Slots::new, s -> ValidationIssue.of(s.get("severity"), s.get("path"),
                  s.get("code"), s.get("message")))
          .required("severity", SEVERITY, ValidationIssue::severity, Slots.set("severity"),
              "How serious it is.")
          .required("code", TEXT, ValidationIssue::code, Slots.set("code"),
              "The stable code, e.g. DUPLICATE_ID.")
          .derived("pointer", TEXT, issue -> pointer(issue.path()),
              "The JSON Pointer of the place in the dataset document.")
          .required("path", ISSUE_PATH, ValidationIssue::path, Slots.set("path"),
              "Where it is.")
          .required("message", TEXT, ValidationIssue::message, Slots.set("message"),
              "What is wrong, naming the bad value.")
          .build();

  /** A report. */
  public static final ObjectBinding<ValidationReport, Slots> REPORT =
      ObjectBinding.define(ValidationReport.class,
              "Every issue found in a dataset, in document order.",
              Slots::new, s -> ValidationReport.of(s.<List<ValidationIssue>>get("issues") == null
                  ? List.of() : s.get("issues")))
          .derived("valid", BOOLEAN, ValidationReport::isValid,
              "Whether the dataset is valid: no issue is an ERROR.")
          .list("issues", ISSUE, ValidationReport::issues, Slots.set("issues"),
              "Every issue, in document order.")
          .build();

  /**
   * The bindings of validation results, for the Jackson module.
   *
   * @return the report, issue and path bindings
   */
  public static List<ObjectBinding<?, ?>> bindings() {
    return List.of(REPORT, ISSUE, ISSUE_PATH);
  }
}
