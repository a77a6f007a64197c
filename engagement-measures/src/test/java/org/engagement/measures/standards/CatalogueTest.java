package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.activity;
import static org.engagement.measures.testing.Records.dataset;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.junit.jupiter.api.Test;

/**
 * A user-written catalogue: two of Scotland's National Standards for Community Engagement,
 * written against nothing but the public {@link Rule} interface and {@link RuleResult}.
 */
class CatalogueTest {

  /** NSfCE "Inclusion": every ward held an activity at INVOLVE or above in the period. */
  private static final class Inclusion implements Rule {
    @Override
    public String id() {
      return "NSfCE-1";
    }

    @Override
    public String title() {
      return "Inclusion";
    }

    @Override
    public RuleResult evaluate(EvaluationContext context, Scope scope) {
      EngagementDataset data = context.dataset();
      if (data.activities().isEmpty()) {
        return RuleResult.notAssessable(this, scope, "no activities in the dataset");
      }
      List<AreaAttainment> areas = new ArrayList<>();
      List<String> evidence = new ArrayList<>();
      List<Gap> gaps = new ArrayList<>();
      List<AreaId> wards = data.areasAtLevel(scope.area(), AreaLevel.WARD);
      long met = 0;
      for (AreaId ward : wards) {
        List<String> found = data.activities().stream()
            .filter(a -> data.isWithin(a.area(), ward) && scope.period().contains(a.date())
                && a.involvement().isAtLeast(InvolvementLevel.INVOLVE))
            .map(a -> a.id().value())
            .toList();
        evidence.addAll(found);
        if (found.isEmpty()) {
          gaps.add(Gap.of(ward.value(), "INVOLVE_ACTIVITY"));
        } else {
          met++;
        }
        areas.add(new AreaAttainment(ward, found.isEmpty() ? 0 : 1));
      }
      double attainment = wards.isEmpty() ? 0 : (double) met / wards.size();
      return RuleResult.scored(this, scope, attainment, "per ward: an INVOLVE activity", areas,
          evidence, gaps);
    }
  }

  /** NSfCE "Impact": narrative in this dataset. */
  private static final class Impact implements Rule {
    @Override
    public String id() {
      return "NSfCE-7";
    }

    @Override
    public String title() {
      return "Impact";
    }

    @Override
    public RuleResult evaluate(EvaluationContext context, Scope scope) {
      return RuleResult.notAssessable(this, scope, "narrative standard");
    }
  }

  private static final Catalogue SCOTLAND =
      Catalogue.of("National Standards for Community Engagement", List.of(new Inclusion(), new Impact()));

  @Test
  void customCatalogue_evaluatesAndLaysOutInAMatrix() {
    EngagementActivity involve = activity("A1", W1, "2012-06-01", InvolvementLevel.INVOLVE).build();
    EngagementActivity consult = activity("A2", W2, "2012-06-01", InvolvementLevel.CONSULT).build();
    EngagementDataset data = dataset().addActivities(involve, consult).build();
    List<RuleResult> results = SCOTLAND.evaluate(data, SCOPE_B);
    assertThat(results).extracting(RuleResult::status)
        .containsExactly(RuleStatus.PARTLY_MET, RuleStatus.NOT_ASSESSABLE);
    ComplianceMatrix matrix = ComplianceMatrix.of(SCOTLAND, data, SCOPE_B);
    assertThat(matrix.areas()).containsExactly(B, W1, W2);
    assertThat(matrix.cell(B, "NSfCE-1")).contains("PARTLY 0.50");
    assertThat(matrix.cell(W1, "NSfCE-1")).contains("MET");
    assertThat(matrix.cell(W2, "NSfCE-7")).contains("—");
    assertThat(matrix.toString()).contains("NSfCE-7: narrative standard");
  }

  @Test
  void rule_findsById() {
    assertThat(SCOTLAND.rule("NSfCE-7")).isPresent();
    assertThat(SCOTLAND.rule("NSfCE-9")).isEmpty();
    assertThat(SCOTLAND).hasToString("Catalogue[National Standards for Community Engagement, 2 rules]");
  }

  @Test
  void of_duplicateIds_throws() {
    assertThatThrownBy(() -> Catalogue.of("twice", List.of(new Impact(), new Impact())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalogue rule ids must be distinct: NSfCE-7");
  }

  @Test
  void of_blankNameOrNoRule_throws() {
    assertThatThrownBy(() -> Catalogue.of(" ", List.of(new Impact())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Catalogue.of("empty", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalogue must hold at least one rule: empty");
  }
}
