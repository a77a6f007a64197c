package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.RecordType.ACTIVITY;
import static org.engagement.core.RecordType.ALLOCATION;
import static org.engagement.core.RecordType.AREA;
import static org.engagement.core.RecordType.DECISION;
import static org.engagement.core.RecordType.FEEDBACK;
import static org.engagement.core.RecordType.INITIATIVE;
import static org.engagement.core.RecordType.INPUT;
import static org.engagement.core.RecordType.REFERENCE_POPULATION;
import static org.engagement.core.RecordType.RESPONSE;
import static org.engagement.core.RecordType.SURVEY;
import static org.engagement.core.RecordType.TARGET;

import java.util.EnumSet;
import java.util.List;
import org.engagement.core.AreaId;
import org.engagement.core.RecordType;
import org.engagement.measures.loop.ClosingTheLoopMeasure;
import org.engagement.measures.loop.RepeatParticipationMeasure;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.engagement.measures.survey.CommunityTargetsMeasure;
import org.engagement.measures.survey.DecisionsInformedMeasure;
import org.engagement.measures.survey.PublicSurveyMeasure;
import org.junit.jupiter.api.Test;

/**
 * {@link org.engagement.measures.Measure#recordTypes()}: what each measure of the SDK names. That
 * its figures depend on nothing else is a law over generated data (the property tests).
 */
class RecordTypesTest {

  private static final OutcomeMeasures FIVE = OutcomeMeasures.standard();

  @Test
  void eachOutcomeMeasure_namesTheTypesItsFiguresAreMadeOf() {
    assertThat(FIVE.dueConsideration().recordTypes()).containsExactly(AREA, INPUT, DECISION);
    assertThat(FIVE.managementInfluence().recordTypes())
        .containsExactly(AREA, INPUT, DECISION, ALLOCATION);
    assertThat(FIVE.diverseNeeds().recordTypes())
        .containsExactly(AREA, REFERENCE_POPULATION, ACTIVITY);
    assertThat(FIVE.mainstreaming().recordTypes()).containsExactly(AREA, ACTIVITY, INITIATIVE);
    assertThat(FIVE.participantSatisfaction().recordTypes())
        .containsExactly(AREA, ACTIVITY, FEEDBACK, SURVEY, RESPONSE);
  }

  @Test
  void eachAdditionalMeasure_namesTheTypesItsFiguresAreMadeOf() {
    assertThat(DecisionsInformedMeasure.standard().recordTypes()).containsExactly(AREA, DECISION);
    assertThat(CommunityTargetsMeasure.standard().recordTypes()).containsExactly(AREA, TARGET);
    for (PublicSurveyMeasure a3to5 : List.of(PublicSurveyMeasure.policeListen(),
        PublicSurveyMeasure.awareness(), PublicSurveyMeasure.involvement())) {
      assertThat(a3to5.recordTypes()).as(a3to5.code()).containsExactly(AREA, SURVEY, RESPONSE);
    }
  }

  @Test
  void eachLoopMeasure_namesTheTypesItsFiguresAreMadeOf() {
    assertThat(ClosingTheLoopMeasure.standard().recordTypes())
        .containsExactly(AREA, INPUT, DECISION, FEEDBACK);
    assertThat(RepeatParticipationMeasure.standard().recordTypes()).containsExactly(AREA, ACTIVITY);
  }

  @Test
  void recordTypes_doNotDependOnTheRatingScale() {
    RatingScale scale = RatingScale.standard(1);
    assertThat(DecisionsInformedMeasure.of(scale).recordTypes())
        .isEqualTo(DecisionsInformedMeasure.standard().recordTypes());
    assertThat(CommunityTargetsMeasure.of(scale).recordTypes())
        .isEqualTo(CommunityTargetsMeasure.standard().recordTypes());
    assertThat(RepeatParticipationMeasure.of(scale).recordTypes())
        .isEqualTo(RepeatParticipationMeasure.standard().recordTypes());
    assertThat(PublicSurveyMeasure.policeListen().withRatingScale(scale).recordTypes())
        .isEqualTo(PublicSurveyMeasure.policeListen().recordTypes());
    assertThat(ClosingTheLoopMeasure.of(scale).recordTypes())
        .isEqualTo(ClosingTheLoopMeasure.standard().recordTypes());
  }

  @Test
  void recordTypes_areUnmodifiable() {
    assertThatThrownBy(() -> FIVE.dueConsideration().recordTypes().add(RecordType.PANEL))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CommunityTargetsMeasure.standard().recordTypes().add(RecordType.PANEL))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aMeasureThatNamesNone_dependsOnEveryType() {
    assertThat(new FailingOn(FIVE.dueConsideration(), AreaId.of("NONE")).recordTypes())
        .containsExactlyElementsOf(EnumSet.allOf(RecordType.class));
  }
}
