package org.engagement.measures.testing;

import static org.engagement.measures.testing.Records.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.engagement.core.ActivityId;
import org.engagement.core.AllocationId;
import org.engagement.core.AreaId;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.CountBasis;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.DemographicCategory;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DemographicDimension;
import org.engagement.core.DemographicScheme;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InitiativeKind;
import org.engagement.core.InputId;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Period;
import org.engagement.core.QuestionType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResourceType;
import org.engagement.core.Scope;
import org.engagement.core.StandardRole;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyPopulation;
import org.engagement.core.SurveyResponse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random datasets over the shared area tree of {@link Records} (force F, boroughs B and B2, wards
 * W1, W2, W3) for the measures' laws: every record type the five measures read, dated around the
 * financial year 2012/13, with the edge cases mixed in — DEFERRED and blank reasons, decisions and
 * allocations before their inputs or after as-of, dangling references, zero quantities, both count
 * bases, children without a reference population, invalid survey answers — and, now and then,
 * invalid data the validator would report: negative counts, quantities and weights.
 */
public final class RandomDatasets {

  private static final AreaId[] AREAS = {
    Records.F, Records.B, Records.W1, Records.W2, Records.B2, Records.W3
  };
  private static final String[] CATEGORIES = {"ASB", "BURGLARY", "DRUGS", "YOUTH"};
  private static final LocalDate FIRST = d("2012-01-01");
  private static final int DAYS = 560;

  private RandomDatasets() {}

  /** Datasets built from a random source. */
  public static Arbitrary<EngagementDataset> datasets() {
    return Arbitraries.randomValue(RandomDatasets::generate);
  }

  /** Scopes on any of the six areas, over FY2012/13 or one of its quarters, as of its end or later. */
  public static Arbitrary<Scope> scopes() {
    return Arbitraries.randomValue(RandomDatasets::scope);
  }

  static Scope scope(Random r) {
    AreaId area = AREAS[r.nextInt(AREAS.length)];
    Period period = Records.FY2012;
    if (r.nextBoolean()) {
      LocalDate from = d("2012-04-01").plusMonths(3L * r.nextInt(4));
      period = Period.of(from, from.plusMonths(3).minusDays(1));
    }
    LocalDate asOf = r.nextBoolean() ? period.to() : period.to().plusDays(r.nextInt(120));
    return Scope.builder().area(area).period(period).asOf(asOf).build();
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static LocalDate date(Random r) {
    return FIRST.plusDays(r.nextInt(DAYS));
  }

  /** A dataset from a random source. */
  public static EngagementDataset generate(Random r) {
    EngagementDataset.Builder b = Records.dataset();
    int inputs = r.nextInt(25);
    List<CommunityInput> inputList = new ArrayList<>();
    for (int i = 0; i < inputs; i++) {
      inputList.add(
          Records.input(
              String.format("IN-%03d", i), pick(r, AREAS), date(r).toString(),
              pick(r, CATEGORIES), 1 + r.nextInt(5)));
    }
    b.addAllInputs(inputList);
    int decisions = r.nextInt(12);
    for (int i = 0; i < decisions; i++) {
      DecisionRecord.Builder decision =
          DecisionRecord.builder()
              .id(DecisionId.of(String.format("DEC-%02d", i)))
              .body("SLT")
              .area(pick(r, AREAS))
              .date(date(r));
      int presented = inputs == 0 ? 0 : r.nextInt(6);
      List<InputId> ids = new ArrayList<>();
      for (int k = 0; k < presented; k++) {
        InputId id = InputId.of(String.format("IN-%03d", r.nextInt(inputs + 2)));
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
      decision.addAllPresentedInputs(ids);
      for (InputId id : ids) {
        if (r.nextInt(4) > 0) {
          decision.addConsiderations(consideration(r, id));
        }
      }
      b.addDecisions(decision.build());
    }
    int allocations = r.nextInt(12);
    for (int i = 0; i < allocations; i++) {
      boolean human = r.nextBoolean();
      ResourceAllocation.Builder allocation =
          ResourceAllocation.builder()
              .id(AllocationId.of(String.format("AL-%02d", i)))
              .area(pick(r, AREAS))
              .date(date(r))
              .resourceType(human ? ResourceType.HUMAN : ResourceType.FINANCIAL)
              .unit(human ? "officer hours" : "GBP")
              .quantity(BigDecimal.valueOf(r.nextInt(420) - 20, r.nextInt(2)))
              .issueCategory(pick(r, CATEGORIES));
      if (decisions > 0 && r.nextBoolean()) {
        allocation.decision(DecisionId.of(String.format("DEC-%02d", r.nextInt(decisions + 1))));
      }
      if (inputs > 0 && r.nextBoolean()) {
        allocation.addRespondsTo(InputId.of(String.format("IN-%03d", r.nextInt(inputs))));
      }
      b.addAllocations(allocation.build());
    }
    int activities = r.nextInt(15);
    int initiatives = r.nextInt(8);
    for (int i = 0; i < activities; i++) {
      EngagementActivity.Builder activity =
          Records.activity(
              String.format("ACT-%02d", i), pick(r, AREAS), date(r).toString(),
              pick(r, InvolvementLevel.values()));
      if (r.nextInt(4) > 0) {
        activity.attendance((long) r.nextInt(80));
      }
      if (r.nextInt(3) > 0) {
        activity.demographics(counts(r));
      }
      if (initiatives > 0 && r.nextInt(3) == 0) {
        activity.addInitiatives(InitiativeId.of(String.format("INI-%02d", r.nextInt(initiatives))));
      }
      b.addActivities(activity.build());
    }
    for (int i = 0; i < initiatives; i++) {
      LocalDate start = date(r).minusDays(200);
      Initiative.Builder initiative =
          Records.initiative(
              String.format("INI-%02d", i), pick(r, InitiativeKind.values()),
              pick(r, new String[] {"Response", "SN Team", "Youth"}), pick(r, AREAS),
              start.toString(), r.nextBoolean() ? start.plusDays(r.nextInt(400)).toString() : null);
      for (int k = r.nextInt(3); k > 0 && activities > 0; k--) {
        initiative.addActivities(ActivityId.of(String.format("ACT-%02d", r.nextInt(activities + 1))));
      }
      b.addInitiatives(initiative.build());
    }
    for (int i = r.nextInt(5); i > 0 && activities > 0; i--) {
      b.addFeedback(
          Records.feedback(
              String.format("FB-%02d", i), date(r).toString(),
              String.format("ACT-%02d", r.nextInt(activities))));
    }
    DemographicScheme scheme = DemographicScheme.defaultScheme();
    int populations = 0;
    for (AreaId area : AREAS) {
      for (DemographicDimension dimension : scheme.primaryDimensions()) {
        if (r.nextInt(3) > 0) {
          continue;
        }
        int year = pick(r, new Integer[] {2001, 2011, 2021});
        ReferencePopulation.Builder p =
            ReferencePopulation.builder()
                .id(org.engagement.core.PopulationId.of("POP-" + populations++))
                .area(area)
                .year(year)
                .dimension(dimension.code());
        for (DemographicCategory category : dimension.categories()) {
          if (r.nextInt(4) > 0) {
            p.putCounts(category.code(), (long) r.nextInt(1000) - (r.nextInt(50) == 0 ? 1000 : 0));
          }
        }
        b.addReferencePopulations(p.build());
      }
    }
    b.addSurveys(
        Records.survey("S1", SurveyPopulation.PARTICIPANTS,
            Records.question("Q1", QuestionType.BINARY, StandardRole.FEEDBACK_RECEIVED),
            Records.question("Q2", QuestionType.BINARY, StandardRole.CAN_CITE_CHANGE),
            Records.question("Q3", QuestionType.LIKERT_5, StandardRole.CONTRIBUTION_WORTHWHILE)),
        Records.survey("S2", SurveyPopulation.PUBLIC,
            Records.question("Q1", QuestionType.BINARY, StandardRole.FEEDBACK_RECEIVED)));
    String[] binary = {"YES", "NO", "DONT_KNOW", "MAYBE"};
    String[] likert = {"1", "2", "3", "4", "5", "DONT_KNOW", "7"};
    double[] weights = {0.5, 1, 1, 1.25, 2, 3.7, 0.1, 1, 1, 1, 0, -1};
    for (int i = r.nextInt(30); i > 0; i--) {
      SurveyResponse.Builder response =
          SurveyResponse.builder()
              .id(org.engagement.core.ResponseId.of(String.format("R-%03d", i)))
              .survey(SurveyId.of(r.nextInt(5) == 0 ? "S2" : "S1"))
              .area(pick(r, AREAS))
              .date(date(r))
              .weight(weights[r.nextInt(weights.length)]);
      if (r.nextInt(4) > 0) {
        response.putAnswers(org.engagement.core.QuestionId.of("Q1"), org.engagement.core.Answer.of(pick(r, binary)));
      }
      if (r.nextInt(4) > 0) {
        response.putAnswers(org.engagement.core.QuestionId.of("Q2"), org.engagement.core.Answer.of(pick(r, binary)));
      }
      if (r.nextInt(4) > 0) {
        response.putAnswers(org.engagement.core.QuestionId.of("Q3"), org.engagement.core.Answer.of(pick(r, likert)));
      }
      b.addResponses(response.build());
    }
    return withLoopFields(b.build(), r);
  }

  /**
   * The fields that §8–§10 read, drawn after everything else so that the records above are
   * unchanged: participant ids and costs on activities, inputs raised at generated activities,
   * and input responses in feedback.
   */
  private static EngagementDataset withLoopFields(EngagementDataset data, Random r) {
    List<EngagementActivity> activities = new ArrayList<>();
    for (EngagementActivity a : data.activities()) {
      EngagementActivity.Builder b = EngagementActivity.builder().from(a);
      if (r.nextInt(3) > 0) {
        for (int k = r.nextInt(6); k > 0; k--) {
          b.addParticipants(org.engagement.core.ParticipantId.of("P-" + r.nextInt(12)));
        }
      }
      if (r.nextInt(3) > 0) {
        b.cost(BigDecimal.valueOf(r.nextInt(50_000), 2));
      }
      b.method(pick(r, new org.engagement.core.EngagementMethod[] {
        org.engagement.core.EngagementMethod.PUBLIC_MEETING,
        org.engagement.core.EngagementMethod.WARD_PANEL_MEETING,
        org.engagement.core.EngagementMethod.SOCIAL_MEDIA}));
      b.mode(pick(r, org.engagement.core.ActivityMode.values()));
      b.openness(pick(r, org.engagement.core.Openness.values()));
      activities.add(b.build());
    }
    List<CommunityInput> inputs = new ArrayList<>();
    for (CommunityInput input : data.inputs()) {
      if (!activities.isEmpty() && r.nextInt(4) > 0) {
        inputs.add(CommunityInput.builder().from(input)
            .activity(activities.get(r.nextInt(activities.size())).id()).build());
      } else {
        inputs.add(input);
      }
    }
    List<org.engagement.core.Feedback> feedback = new ArrayList<>();
    for (org.engagement.core.Feedback f : data.feedback()) {
      org.engagement.core.Feedback.Builder b = org.engagement.core.Feedback.builder().from(f);
      for (int k = inputs.isEmpty() ? 0 : r.nextInt(5); k > 0; k--) {
        b.addResponses(org.engagement.core.InputResponse.of(
            inputs.get(r.nextInt(inputs.size())).id(), r.nextBoolean(), "because"));
      }
      if (r.nextBoolean()) {
        b.stage(org.engagement.core.FeedbackStage.INTERIM);
      }
      feedback.add(b.build());
    }
    for (int i = inputs.isEmpty() ? 0 : r.nextInt(4); i > 0; i--) {
      feedback.add(org.engagement.core.Feedback.builder()
          .id(org.engagement.core.FeedbackId.of(String.format("FB-R%02d", i)))
          .published(date(r))
          .channel("letter")
          .format(pick(r, org.engagement.core.FeedbackFormat.values()))
          .addResponses(org.engagement.core.InputResponse.of(
              inputs.get(r.nextInt(inputs.size())).id(), r.nextBoolean(), "because"))
          .build());
    }
    return EngagementDataset.builder().from(data)
        .activities(activities).inputs(inputs).feedback(feedback).build();
  }

  private static Consideration consideration(Random r, InputId input) {
    Consideration.Builder c = Consideration.builder().input(input).considered(r.nextInt(4) > 0);
    if (r.nextInt(5) > 0) {
      c.outcome(pick(r, ConsiderationOutcome.values()));
    }
    String reason = pick(r, new String[] {null, "", "  ", "reason"});
    if (reason != null) {
      c.reason(reason);
    }
    return c.build();
  }

  private static DemographicCounts counts(Random r) {
    DemographicCounts.Builder counts =
        DemographicCounts.builder().basis(r.nextInt(3) == 0 ? CountBasis.RESPONSES : CountBasis.RESPONDENTS);
    List<DemographicDimension> dimensions = new ArrayList<>(DemographicScheme.defaultScheme().primaryDimensions());
    Collections.shuffle(dimensions, r);
    for (DemographicDimension dimension : dimensions.subList(0, r.nextInt(4))) {
      DimensionCounts.Builder d =
          DimensionCounts.builder().dimension(dimension.code()).notStated(r.nextInt(4));
      for (DemographicCategory category : dimension.categories()) {
        if (r.nextBoolean()) {
          d.putCounts(category.code(), (long) r.nextInt(40) - 1);
        }
      }
      counts.addDimensions(d.build());
    }
    return counts.build();
  }

  /** The same records, each list in a random order. */
  public static EngagementDataset shuffled(EngagementDataset data, Random r) {
    return EngagementDataset.builder()
        .scheme(data.scheme())
        .addAllAreas(shuffle(data.areas(), r))
        .addAllInputs(shuffle(data.inputs(), r))
        .addAllDecisions(shuffle(data.decisions(), r))
        .addAllAllocations(shuffle(data.allocations(), r))
        .addAllActivities(shuffle(data.activities(), r))
        .addAllInitiatives(shuffle(data.initiatives(), r))
        .addAllFeedback(shuffle(data.feedback(), r))
        .addAllReferencePopulations(shuffle(data.referencePopulations(), r))
        .addAllSurveys(shuffle(data.surveys(), r))
        .addAllResponses(shuffle(data.responses(), r))
        .build();
  }

  private static <T> List<T> shuffle(List<T> list, Random r) {
    List<T> out = new ArrayList<>(list);
    Collections.shuffle(out, r);
    return out;
  }
}
