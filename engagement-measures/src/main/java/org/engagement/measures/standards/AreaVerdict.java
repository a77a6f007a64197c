package org.engagement.measures.standards;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Whether one area meets a per-area rule, the records that show it and, if not, what it lacks. */
record AreaVerdict(Optional<String> lacks, List<String> evidence) {

  static AreaVerdict met(Collection<String> evidence) {
    return new AreaVerdict(Optional.empty(), List.copyOf(evidence));
  }

  static AreaVerdict lacking(String lacks, Collection<String> evidence) {
    return new AreaVerdict(Optional.of(lacks), List.copyOf(evidence));
  }

  static AreaVerdict of(boolean met, String lacks, Collection<String> evidence) {
    return met ? met(evidence) : lacking(lacks, evidence);
  }

  boolean isMet() {
    return lacks.isEmpty();
  }
}
