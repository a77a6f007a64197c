package org.engagement.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Every issue found in a dataset, in document order (record type, position, field, code).
 *
 * <pre>{@code
 * ValidationReport report = DatasetValidator.standard().validate(dataset);
 * report.isValid();                          // true when there is no ERROR
 * report.issues("UNKNOWN_REFERENCE");        // the dangling references
 * System.out.println(report);                // a summary and the first issues
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport {

  /** How many issues {@link #toString()} lists before it summarises the rest. */
  static final int SHOWN = 20;

  private static final Comparator<ValidationIssue> ORDER =
      Comparator.comparing(ValidationIssue::path)
          .thenComparing(ValidationIssue::code)
          .thenComparing(ValidationIssue::message);

  ValidationReport() {}

  /**
   * Returns a report of these issues, sorted into document order.
   *
   * @param issues the issues, in any order, not null
   * @return the report, never null
   */
  public static ValidationReport of(List<ValidationIssue> issues) {
    List<ValidationIssue> sorted = new ArrayList<>(issues);
    sorted.sort(ORDER);
    return ImmutableValidationReport.builder().issues(sorted).build();
  }

  /**
   * Returns the report without issues.
   *
   * @return a valid, empty report, never null
   */
  public static ValidationReport empty() {
    return of(List.of());
  }

  /**
   * Every issue, in document order.
   *
   * @return the issues, never null
   */
  public abstract List<ValidationIssue> issues();

  /**
   * Whether the dataset is valid: there is no issue of severity ERROR.
   *
   * @return true when there is no error; warnings are allowed
   */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /**
   * The issues of severity ERROR.
   *
   * @return the errors, in document order, never null
   */
  public List<ValidationIssue> errors() {
    return issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
  }

  /**
   * The issues of severity WARNING.
   *
   * @return the warnings, in document order, never null
   */
  public List<ValidationIssue> warnings() {
    return issues().stream().filter(i -> i.severity() == Severity.WARNING).toList();
  }

  /**
   * The issues with one code.
   *
   * @param code the code, e.g. {@code "DUPLICATE_ID"}, not null
   * @return the issues, in document order, never null
   */
  public List<ValidationIssue> issues(String code) {
    return issues().stream().filter(i -> i.code().equals(code)).toList();
  }

  /**
   * The issues with one core code.
   *
   * @param code the code, not null
   * @return the issues, in document order, never null
   */
  public List<ValidationIssue> issues(ValidationCode code) {
    return issues(code.name());
  }

  /**
   * The number of issues per code.
   *
   * @return code → count, sorted by code, never null
   */
  public Map<String, Integer> countsByCode() {
    Map<String, Integer> counts = new TreeMap<>();
    for (ValidationIssue issue : issues()) {
      counts.merge(issue.code(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Returns a report with the issues of both.
   *
   * @param other another report, not null
   * @return the combined report, never null; this report is unaffected
   */
  public ValidationReport plus(ValidationReport other) {
    List<ValidationIssue> all = new ArrayList<>(issues());
    all.addAll(other.issues());
    return of(all);
  }

  /**
   * Returns a summary line and the first issues, one per line.
   *
   * @return e.g. {@code ValidationReport: invalid, 2 errors, 0 warnings} and the issues
   */
  @Override
  public String toString() {
    List<ValidationIssue> errors = errors();
    StringBuilder out = new StringBuilder("ValidationReport: ")
        .append(errors.isEmpty() ? "valid" : "invalid")
        .append(", ").append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
        .append(", ").append(issues().size() - errors.size())
        .append(issues().size() - errors.size() == 1 ? " warning" : " warnings");
    int shown = Math.min(SHOWN, issues().size());
    for (int i = 0; i < shown; i++) {
      out.append(System.lineSeparator()).append("  ").append(issues().get(i));
    }
    if (issues().size() > shown) {
      out.append(System.lineSeparator()).append("  ... and ")
          .append(issues().size() - shown).append(" more");
    }
    return out.toString();
  }
}
