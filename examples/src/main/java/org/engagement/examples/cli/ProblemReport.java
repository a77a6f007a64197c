package org.engagement.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagement.json.JsonProblem;
import org.engagement.json.ReadResult;

/**
 * The report {@code validate} prints: the summary line, the first problems, the number left out
 * and how to see them, and the count of problems per code.
 *
 * <pre class="language-text">{@code
 * ReadResult: invalid, 97 errors, 0 warnings
 *   ERROR UNKNOWN_REFERENCE /inputs/3/activity (line 40, column 19): ...
 *   ... and 77 more (--max-problems 0 shows them all)
 * Problems by code:
 *   UNKNOWN_REFERENCE  90
 *   DATE_ORDER          7
 * }</pre>
 */
final class ProblemReport {

  /** How many problems are shown unless {@code --max-problems} says otherwise. */
  static final int DEFAULT_MAX = 100;

  private ProblemReport() {}

  /**
   * The report of a read.
   *
   * @param result the read result
   * @param max the most problems to list, 0 for all
   * @return the text, lines separated by the platform's line separator, without a final one
   */
  static String text(ReadResult result, int max) {
    return text(result.problems(), result.errors().size(), result.validated(), max);
  }

  /**
   * The report of a read or a streamed validation.
   *
   * @param problems every problem, in document order
   * @param errors how many of them are errors
   * @param validated whether the dataset was validated
   * @param max the most problems to list, 0 for all
   * @return the text, lines separated by the platform's line separator, without a final one
   */
  static String text(List<JsonProblem> problems, int errors, boolean validated, int max) {
    String nl = System.lineSeparator();
    int warnings = problems.size() - errors;
    StringBuilder out = new StringBuilder("ReadResult: ").append(errors == 0 ? "valid" : "invalid")
        .append(validated ? "" : " (not validated)")
        .append(", ").append(errors).append(errors == 1 ? " error" : " errors")
        .append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    int shown = max == 0 ? problems.size() : Math.min(max, problems.size());
    for (int i = 0; i < shown; i++) {
      out.append(nl).append("  ").append(problems.get(i));
    }
    if (problems.size() > shown) {
      out.append(nl).append("  ... and ").append(problems.size() - shown)
          .append(" more (--max-problems 0 shows them all)");
    }
    if (problems.size() > 1) {
      Map<String, Integer> counts = countsByCode(problems);
      int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
      int digits = String.valueOf(counts.values().stream().mapToInt(Integer::intValue).max()
          .orElse(0)).length();
      out.append(nl).append("Problems by code:");
      counts.forEach((code, n) -> out.append(nl).append("  ")
          .append(String.format("%-" + width + "s  %" + digits + "d", code, n)));
    }
    return out.toString();
  }

  /** The number of problems of each code, the most frequent first, ties by code. */
  static Map<String, Integer> countsByCode(List<JsonProblem> problems) {
    Map<String, Integer> byCode = new TreeMap<>();
    for (JsonProblem p : problems) {
      byCode.merge(p.code(), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(byCode.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
