package org.engagement.measures.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.measures.survey.PublicSurveys.LISTEN;
import static org.engagement.measures.survey.PublicSurveys.addListen;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.SCOPE_B;

import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.Suppression;
import org.junit.jupiter.api.Test;

class SurveyChangeTest {

  /** 2011/12: {@code before} answers, half agreeing; 2012/13: 40 answers, 30 agreeing. */
  private static SurveyChange change(int before) {
    EngagementDataset.Builder b = PublicSurveys.dataset();
    addListen(b, "A", "P11", "2011-09-01", null, before, before / 2);
    addListen(b, "B", "P12", "2012-09-01", null, 40, 30);
    return SurveyAnalysis.change(b.build(), Scope.of(B, Period.financialYear(2011)), SCOPE_B, LISTEN);
  }

  @Test
  void suppression_whenEitherSideIsWithheld() {
    assertThat(change(40).suppression(DisclosureControl.standard())).isEqualTo(Suppression.NONE);
    assertThat(change(29).suppression(DisclosureControl.standard())).isEqualTo(Suppression.PRIMARY);
    assertThat(change(29).suppression(DisclosureControl.none())).isEqualTo(Suppression.NONE);
  }

  @Test
  void toString_showsBothSidesAndTheChange() {
    SurveyChange c = change(40);
    assertThat(c.toString()).isEqualTo(
        "before: " + c.before() + "\nafter:  " + c.after() + "\nchange: " + c.change());
    assertThat(c.toString()).contains("before: POLICE_LISTEN (PUBLIC) in B, 2011-04-01/2012-03-31")
        .contains("change: +0.2500");
  }
}
