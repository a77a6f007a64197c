package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * A chain of 100,000 areas, each the parent of the next: the tree must be linear in memory (no
 * area stores its ancestors) and no walk may recurse. The build runs this class alone in a
 * 256 MB heap with a small thread stack (see the module's pom), where a tree of ancestor lists
 * (about 5 * 10^9 references) cannot fit and a recursive walk overflows.
 */
class DeepAreaChainTest {

  private static final int DEPTH = 100_000;

  private static AreaId id(int i) {
    return AreaId.of(String.format("A%06d", i));
  }

  private static EngagementDataset chain() {
    List<Area> areas = new ArrayList<>(DEPTH);
    for (int i = 0; i < DEPTH; i++) {
      Area.Builder a = Area.builder().id(id(i)).name("Area " + i)
          .level(i == 0 ? AreaLevel.FORCE : AreaLevel.WARD);
      if (i > 0) {
        a.parent(id(i - 1));
      }
      areas.add(a.build());
    }
    return EngagementDataset.builder().addAllAreas(areas).build();
  }

  @Test
  void chainOf100000Areas_buildsQueriesAndValidates() {
    EngagementDataset d = chain();
    AreaId root = id(0);
    AreaId deepest = id(DEPTH - 1);

    assertThat(d.areasOnCycle()).isEmpty();
    assertThat(d.subtree(root)).hasSize(DEPTH);
    assertThat(d.subtree(root)).first().isEqualTo(root);
    assertThat(d.subtree(id(DEPTH - 10))).hasSize(10);
    assertThat(d.isWithin(deepest, root)).isTrue();
    assertThat(d.isWithin(root, deepest)).isFalse();
    assertThat(d.ancestors(deepest)).hasSize(DEPTH - 1).startsWith(id(DEPTH - 2)).endsWith(root);
    assertThat(d.areasAtLevel(root, AreaLevel.WARD)).hasSize(DEPTH - 1);
    // Every area's subtree, as a scorecard asks for its children's: a view, not a copy.
    long total = 0;
    for (int i = 0; i < DEPTH; i++) {
      total += d.subtree(id(i)).size();
    }
    assertThat(total).isEqualTo((long) DEPTH * (DEPTH + 1) / 2);

    ValidationReport report = DatasetValidator.standard().validate(d);
    assertThat(report.issues(ValidationCode.VALIDATOR_FAILURE)).isEmpty();
    // each ward but the first has a ward as parent
    assertThat(report.issues(ValidationCode.AREA_LEVEL_ORDER)).hasSize(DEPTH - 2);
  }

  @Test
  void chainOf100000AreasClosedIntoACycle_terminates() {
    List<Area> areas = new ArrayList<>(chain().areas());
    areas.set(0, Area.builder().from(areas.get(0)).parent(id(DEPTH - 1)).build());
    EngagementDataset d = EngagementDataset.builder().addAllAreas(areas).build();

    assertThat(d.areasOnCycle()).hasSize(DEPTH);
    assertThat(d.isWithin(id(5), id(7))).isTrue();
    assertThat(d.subtree(id(0))).hasSize(DEPTH);
    ValidationReport report = DatasetValidator.standard().validate(d);
    assertThat(report.issues(ValidationCode.AREA_CYCLE)).hasSize(DEPTH);
    assertThat(report.issues(ValidationCode.VALIDATOR_FAILURE)).isEmpty();
  }
}
