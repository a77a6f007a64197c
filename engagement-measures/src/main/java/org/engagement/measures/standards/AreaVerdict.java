package org.engagement.measures.standards;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Whether one area meets a {@link PerAreaRule}: the records that show it and, if not, what it
 * lacks (a short code such as {@code YOUTH_PANEL}, reported as a {@link org.engagement.measures.Gap}
 * of the area).
 *
 * <pre>{@code
 * List<String> panels = List.of("PNL-1");
 * AreaVerdict.of(panels.size() >= 1, "YOUTH_PANEL", panels);   // met, evidence PNL-1
 * AreaVerdict.lacking("YOUTH_PANEL", List.of());                         // not met
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lacks what the area lacks; empty when it meets the rule
 * @param evidence the ids of the records that support the verdict
 */
public record AreaVerdict(Optional<String> lacks, List<String> evidence) {

  /**
   * Checks and copies the parts.
   *
   * @param lacks what the area lacks; empty when it meets the rule; not blank when present
   * @param evidence the ids of the records that support the verdict, not null
   * @throws IllegalArgumentException if {@code lacks} is blank
   */
  public AreaVerdict {
    if (lacks.isPresent() && lacks.get().isBlank()) {
      throw new IllegalArgumentException("what an area lacks must not be blank");
    }
    evidence = List.copyOf(evidence);
  }

  /**
   * An area that meets the rule.
   *
   * @param evidence the ids of the records that show it, not null
   * @return the verdict, never null
   */
  public static AreaVerdict met(Collection<String> evidence) {
    return new AreaVerdict(Optional.empty(), List.copyOf(evidence));
  }

  /**
   * An area that does not meet the rule.
   *
   * @param lacks what it lacks, e.g. {@code "YOUTH_PANEL"}, not blank
   * @param evidence the ids of the records found nonetheless, not null
   * @return the verdict, never null
   */
  public static AreaVerdict lacking(String lacks, Collection<String> evidence) {
    return new AreaVerdict(Optional.of(lacks), List.copyOf(evidence));
  }

  /**
   * An area that meets the rule when {@code met}, else lacks {@code lacks}.
   *
   * @param met whether the area meets the rule
   * @param lacks what it lacks when not, not blank
   * @param evidence the ids of the records that support the verdict, not null
   * @return the verdict, never null
   */
  public static AreaVerdict of(boolean met, String lacks, Collection<String> evidence) {
    return met ? met(evidence) : lacking(lacks, evidence);
  }

  /** {@return whether the area meets the rule} */
  public boolean isMet() {
    return lacks.isEmpty();
  }
}
