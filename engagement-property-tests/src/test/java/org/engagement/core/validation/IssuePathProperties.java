package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.testkit.EngagementArbitraries;

/** {@link IssuePath#compareTo} is a total order, so that sorting a report never fails. */
class IssuePathProperties {

  @Provide
  Arbitrary<IssuePath> paths() {
    return EngagementArbitraries.issuePaths();
  }

  @Property
  void compareTo_isAntisymmetric(@ForAll("paths") IssuePath a, @ForAll("paths") IssuePath b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  // the pools are small enough for random triples to meet every case; jqwik's combined edge
  // cases of three parameters would outnumber the tries
  @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
  void compareTo_isTransitive(
      @ForAll("paths") IssuePath a, @ForAll("paths") IssuePath b, @ForAll("paths") IssuePath c) {
    List<IssuePath> sorted = new ArrayList<>(List.of(a, b, c));
    sorted.sort(null);

    // of three paths on a cycle, some pair is out of order whichever way they are sorted
    assertThat(sorted.get(0).compareTo(sorted.get(1))).isNotPositive();
    assertThat(sorted.get(1).compareTo(sorted.get(2))).isNotPositive();
    assertThat(sorted.get(0).compareTo(sorted.get(2))).isNotPositive();
  }

  @Property
  void compareTo_isZeroForEqualPaths(@ForAll("paths") IssuePath a) {
    IssuePath copy = IssuePath.builder().from(a).build();

    assertThat(a.compareTo(copy)).isZero();
  }
}
