package org.engagement.measures.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.ActivityId;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementLevel;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InitiativeKind;
import org.engagement.core.InputId;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Openness;
import org.engagement.core.Period;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResourceType;
import org.engagement.core.Scope;

/**
 * Terse builders for hand-worked test datasets, and the small area tree they share: force F,
 * boroughs B (wards W1, W2) and B2 (ward W3).
 */
public final class Records {

  public static final AreaId F = AreaId.of("F");
  public static final AreaId B = AreaId.of("B");
  public static final AreaId W1 = AreaId.of("W1");
  public static final AreaId W2 = AreaId.of("W2");
  public static final AreaId B2 = AreaId.of("B2");
  public static final AreaId W3 = AreaId.of("W3");

  /** The financial year 2012/13: 2012-04-01 to 2013-03-31. */
  public static final Period FY2012 = Period.financialYear(2012);

  /** Borough B over the financial year 2012/13, as of 2013-03-31. */
  public static final Scope SCOPE_B = Scope.of(B, FY2012);

  private Records() {}

  /** The six areas of the shared tree. */
  public static List<Area> areas() {
    return List.of(
        area(F, AreaLevel.FORCE, null),
        area(B, AreaLevel.BOROUGH, F),
        area(W1, AreaLevel.WARD, B),
        area(W2, AreaLevel.WARD, B),
        area(B2, AreaLevel.BOROUGH, F),
        area(W3, AreaLevel.WARD, B2));
  }

  /** A dataset builder with the shared area tree. */
  public static EngagementDataset.Builder dataset() {
    return EngagementDataset.builder().addAllAreas(areas());
  }

  public static Area area(AreaId id, AreaLevel level, AreaId parent) {
    Area.Builder b = Area.builder().id(id).name("Area " + id).level(level);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  public static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  public static EngagementActivity.Builder activity(
      String id, AreaId area, String date, InvolvementLevel involvement) {
    return EngagementActivity.builder()
        .id(ActivityId.of(id))
        .title("Activity " + id)
        .date(d(date))
        .area(area)
        .engagementLevel(EngagementLevel.COMMUNITY)
        .involvement(involvement)
        .method(EngagementMethod.PUBLIC_MEETING)
        .openness(Openness.OPEN);
  }

  public static CommunityInput input(String id, AreaId area, String date) {
    return input(id, area, date, "ASB", 1);
  }

  public static CommunityInput input(
      String id, AreaId area, String date, String category, int support) {
    return CommunityInput.builder()
        .id(InputId.of(id))
        .activity(ActivityId.of("ACT-" + id))
        .area(area)
        .date(d(date))
        .issueCategory(category)
        .summary("Input " + id)
        .support(support)
        .build();
  }

  public static Consideration considered(String input, ConsiderationOutcome outcome, String reason) {
    Consideration.Builder b =
        Consideration.builder().input(InputId.of(input)).considered(true).outcome(outcome);
    if (reason != null) {
      b.reason(reason);
    }
    return b.build();
  }

  public static Consideration notConsidered(String input) {
    return Consideration.builder().input(InputId.of(input)).considered(false).build();
  }

  /** A decision presenting every input that it has a consideration for, plus {@code alsoPresented}. */
  public static DecisionRecord decision(
      String id, AreaId area, String date, List<Consideration> considerations, String... alsoPresented) {
    DecisionRecord.Builder b =
        DecisionRecord.builder().id(DecisionId.of(id)).body("SLT").area(area).date(d(date));
    for (Consideration c : considerations) {
      b.addPresentedInputs(c.input());
    }
    for (String input : alsoPresented) {
      b.addPresentedInputs(InputId.of(input));
    }
    return b.addAllConsiderations(considerations).build();
  }

  public static ResourceAllocation.Builder allocation(
      String id, AreaId area, String date, ResourceType type, String quantity, String unit, String category) {
    return ResourceAllocation.builder()
        .id(org.engagement.core.AllocationId.of(id))
        .area(area)
        .date(d(date))
        .resourceType(type)
        .quantity(new BigDecimal(quantity))
        .unit(unit)
        .issueCategory(category);
  }

  /** Counts of one dimension: category, count, category, count, … */
  public static org.engagement.core.DimensionCounts dimension(String code, long notStated, Object... pairs) {
    org.engagement.core.DimensionCounts.Builder b =
        org.engagement.core.DimensionCounts.builder().dimension(code).notStated(notStated);
    for (int i = 0; i < pairs.length; i += 2) {
      b.putCounts((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return b.build();
  }

  public static org.engagement.core.DemographicCounts counts(
      org.engagement.core.CountBasis basis, org.engagement.core.DimensionCounts... dimensions) {
    return org.engagement.core.DemographicCounts.builder().basis(basis).addDimensions(dimensions).build();
  }

  /** A reference population: category, count, category, count, … */
  public static org.engagement.core.ReferencePopulation population(
      AreaId area, int year, String dimension, Object... pairs) {
    org.engagement.core.ReferencePopulation.Builder b =
        org.engagement.core.ReferencePopulation.builder()
            .id(org.engagement.core.PopulationId.of("POP-" + area + "-" + dimension + "-" + year))
            .area(area)
            .year(year)
            .dimension(dimension);
    for (int i = 0; i < pairs.length; i += 2) {
      b.putCounts((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return b.build();
  }

  public static org.engagement.core.Question question(
      String id, org.engagement.core.QuestionType type, org.engagement.core.StandardRole role) {
    return org.engagement.core.Question.builder()
        .id(org.engagement.core.QuestionId.of(id))
        .text("Question " + id)
        .type(type)
        .role(role)
        .build();
  }

  public static org.engagement.core.Survey survey(
      String id, org.engagement.core.SurveyPopulation population, org.engagement.core.Question... questions) {
    return org.engagement.core.Survey.builder()
        .id(org.engagement.core.SurveyId.of(id))
        .name("Survey " + id)
        .wave("2012")
        .population(population)
        .addQuestions(questions)
        .build();
  }

  /** A response: question id, answer token, question id, answer token, … */
  public static org.engagement.core.SurveyResponse response(
      String id, String survey, AreaId area, String date, double weight, String... answers) {
    org.engagement.core.SurveyResponse.Builder b =
        org.engagement.core.SurveyResponse.builder()
            .id(org.engagement.core.ResponseId.of(id))
            .survey(org.engagement.core.SurveyId.of(survey))
            .area(area)
            .date(d(date))
            .weight(weight);
    for (int i = 0; i < answers.length; i += 2) {
      b.putAnswers(org.engagement.core.QuestionId.of(answers[i]), org.engagement.core.Answer.of(answers[i + 1]));
    }
    return b.build();
  }

  public static org.engagement.core.Feedback feedback(String id, String published, String... activities) {
    org.engagement.core.Feedback.Builder b =
        org.engagement.core.Feedback.builder()
            .id(org.engagement.core.FeedbackId.of(id))
            .published(d(published))
            .channel("newsletter")
            .format(org.engagement.core.FeedbackFormat.SUMMARY);
    for (String activity : activities) {
      b.addAnswers(ActivityId.of(activity));
    }
    return b.build();
  }

  public static Initiative.Builder initiative(
      String id, InitiativeKind kind, String unit, AreaId area, String start, String end) {
    Initiative.Builder b =
        Initiative.builder()
            .id(InitiativeId.of(id))
            .kind(kind)
            .name("Initiative " + id)
            .businessUnit(unit)
            .area(area)
            .start(d(start));
    if (end != null) {
      b.end(d(end));
    }
    return b;
  }
}
