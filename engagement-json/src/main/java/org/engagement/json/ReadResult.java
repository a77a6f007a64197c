package org.engagement.json;

import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.core.validation.ValidationReport;
import org.immutables.value.Value;

/**
 * What reading a document gave: the dataset, and every problem found on the way — warnings of the
 * reader (unknown properties, when allowed) and the issues of the dataset validator, each with a
 * JSON Pointer into the document.
 *
 * <pre>{@code
 * ReadResult result = EngagementJson.standard().read(Path.of("lambeth.json"));
 * result.isValid();          // true when no problem is an ERROR
 * result.problems();         // e.g. ERROR UNKNOWN_REFERENCE /inputs/7/activity (line 212, ...
 * EngagementDataset data = result.requireValid();   // or a JsonReadException
 * }</pre>
 *
 * <p>A document that cannot be read at all (bad syntax or encoding, a limit passed, not an object)
 * gives no result: reading throws {@link JsonReadException}. Errors of binding (a wrong type, a
 * missing property, a record that breaks an invariant...) do not stop a read: each is a problem
 * of the result, the record that holds it is left out of the dataset, and reading goes on, so
 * that every problem can be seen at once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadResult {

  ReadResult() {}

  static ReadResult of(EngagementDataset dataset, List<JsonProblem> problems,
      ValidationReport report, boolean validated) {
    return ImmutableReadResult.builder()
        .dataset(dataset).problems(problems).report(report).validated(validated).build();
  }

  /**
   * The dataset read: when errors of binding were found, the records that could be bound.
   *
   * @return the dataset, never null
   */
  public abstract EngagementDataset dataset();

  /**
   * Every problem as one validation report, so that nobody validates twice: the errors of
   * binding (codes of {@link JsonCode}: a wrong type, an unknown enum value, an impossible date,
   * a record that breaks an invariant...), the reader's warnings, and with
   * {@link JsonFeature#VALIDATE} the validator's issues, each at the path of its place in the
   * document. {@link #problems()} holds the same problems with their JSON Pointers, lines and
   * columns.
   *
   * @return the report, never null
   */
  public abstract ValidationReport report();

  /**
   * Every problem found, the reader's in document order, then the validator's in document order.
   *
   * @return the problems, never null; empty for a clean, valid document
   */
  public abstract List<JsonProblem> problems();

  /**
   * Whether the dataset validator ran ({@link JsonFeature#VALIDATE}).
   *
   * @return true when it did; when false, {@link #isValid()} speaks only of the JSON
   */
  public abstract boolean validated();

  /**
   * Whether no problem is an error.
   *
   * @return true when every problem, if any, is a warning
   */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /**
   * The problems of severity ERROR.
   *
   * @return the errors, never null
   */
  public List<JsonProblem> errors() {
    return problems().stream().filter(JsonProblem::isError).toList();
  }

  /**
   * The problems of severity WARNING.
   *
   * @return the warnings, never null
   */
  public List<JsonProblem> warnings() {
    return problems().stream().filter(p -> !p.isError()).toList();
  }

  /**
   * Returns the dataset if it is valid.
   *
   * @return the dataset, never null
   * @throws JsonReadException if a problem is an error; it carries every problem
   */
  public EngagementDataset requireValid() {
    if (!isValid()) {
      throw new JsonReadException(problems());
    }
    return dataset();
  }

  /**
   * Returns a summary and the first problems.
   *
   * @return e.g. {@code ReadResult: invalid, 2 errors, 1 warning} and the problems, one per line
   */
  @Override
  public String toString() {
    int errors = errors().size();
    int warnings = problems().size() - errors;
    StringBuilder out = new StringBuilder("ReadResult: ").append(errors == 0 ? "valid" : "invalid")
        .append(validated() ? "" : " (not validated)")
        .append(", ").append(errors).append(errors == 1 ? " error" : " errors")
        .append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    int shown = Math.min(20, problems().size());
    for (int i = 0; i < shown; i++) {
      out.append(System.lineSeparator()).append("  ").append(problems().get(i));
    }
    if (problems().size() > shown) {
      out.append(System.lineSeparator()).append("  ... and ").append(problems().size() - shown)
          .append(" more");
    }
    return out.toString();
  }
}
