package org.engagement.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.core.Answer;
import org.engagement.core.AreaId;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.HardToHearGroup;
import org.engagement.core.Initiative;
import org.engagement.core.KeyMessage;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.Panel;
import org.engagement.core.Publication;
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.QuestionType;
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResponseId;
import org.engagement.core.RoleAssignment;
import org.engagement.core.Stakeholder;
import org.engagement.core.StandardRole;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyPopulation;
import org.engagement.core.SurveyResponse;
import org.engagement.measures.EvaluationContext;
import org.engagement.testkit.EngagementArbitraries;
import org.engagement.testkit.SampleDataset;

/**
 * The index's records by area, built generically from {@link RecordType}, are what grouping each
 * collection by hand gives: the records whose own area is the area, by id, and allocations by
 * date, then id; in datasets of every kind, including those with repeated ids and unknown areas.
 * Each input's links (the decisions presenting it and its considerations, which M1 and M2 read)
 * are what the index's maps of decisions by presented input and of considerations by input give.
 * Each area's responses of participants (which M5 reads) are what each response, its survey and
 * the rule of valid answers say.
 */
class DatasetIndexProperties {

  private static final AreaId UNKNOWN = AreaId.of("E99999999");

  @Provide
  Arbitrary<EngagementDataset> datasets() {
    return Arbitraries.oneOf(
        EngagementArbitraries.datasets().boroughs(1, 2).wards(1, 6).years(1, 2).density(0, 3),
        EngagementArbitraries.extremeDatasets());
  }

  @Example
  void theSample_groupsAsByHand() {
    assertGroupsAsByHand(SampleDataset.lambeth());
    assertLinksAsTheMaps(SampleDataset.lambeth());
    assertParticipantResponsesAsByHand(SampleDataset.lambeth());
  }

  @Property(tries = 60)
  void anyDataset_groupsAsByHand(@ForAll("datasets") EngagementDataset data) {
    assertGroupsAsByHand(data);
  }

  /**
   * Datasets of every kind, and datasets whose ids come from small pools, so that inputs share
   * ids across areas, decisions present an input twice and consider inputs they do not present.
   */
  @Provide
  Arbitrary<EngagementDataset> linkedDatasets() {
    return Arbitraries.oneOf(datasets(), EngagementArbitraries.arbitraryDatasets());
  }

  @Property(tries = 100)
  void anyDataset_linksAsTheMaps(@ForAll("linkedDatasets") EngagementDataset data) {
    assertLinksAsTheMaps(data);
  }

  /**
   * A decision that considers an input twice (an error the validator reports, which measures
   * still read the same way): the links, like the maps, keep the first consideration.
   */
  @Example
  void inputConsideredTwice_linksKeepTheFirstAsTheMapsDo() {
    EngagementDataset sample = SampleDataset.lambeth();
    DecisionRecord decision = sample.decisions().stream()
        .filter(d -> !d.considerations().isEmpty()).findFirst().orElseThrow();
    Consideration first = decision.considerations().get(0);
    DecisionRecord twice = DecisionRecord.builder().from(decision)
        .addConsiderations(Consideration.builder().from(first).considered(!first.considered())
            .build())
        .build();
    List<DecisionRecord> decisions = new ArrayList<>(sample.decisions());
    decisions.set(decisions.indexOf(decision), twice);
    assertLinksAsTheMaps(EngagementDataset.builder().from(sample).decisions(decisions).build());
  }

  /**
   * Considerations of every kind (considered or not; no outcome or each outcome; no reason, a
   * blank one or one with text), which the generated datasets do not all have: what the links
   * read of each ({@code facts}, {@code outcome}) is what the consideration says.
   */
  @Example
  void considerationsOfEveryKind_linksReadWhatEachSays() {
    EngagementDataset sample = SampleDataset.lambeth();
    List<Optional<ConsiderationOutcome>> outcomes = new ArrayList<>();
    outcomes.add(Optional.empty());
    for (ConsiderationOutcome outcome : ConsiderationOutcome.values()) {
      outcomes.add(Optional.of(outcome));
    }
    List<Optional<String>> reasons = List.of(Optional.empty(), Optional.of(" \t"),
        Optional.of("Recorded in the minutes"));
    // one input, presented by a decision of its own for each kind of consideration
    CommunityInput input = sample.inputs().get(0);
    DecisionRecord model = sample.decisions().get(0);
    List<DecisionRecord> decisions = new ArrayList<>(sample.decisions());
    int kinds = 2 * outcomes.size() * reasons.size();
    for (int kind = 0; kind < kinds; kind++) {
      Consideration c = Consideration.builder().input(input.id()).considered(kind % 2 == 0)
          .outcome(outcomes.get(kind / 2 % outcomes.size()))
          .reason(reasons.get(kind / 2 / outcomes.size())).build();
      decisions.add(DecisionRecord.builder().from(model)
          .id(org.engagement.core.DecisionId.of("DEC-KIND-" + kind))
          .presentedInputs(List.of(input.id())).considerations(List.of(c)).build());
    }
    EngagementDataset data = EngagementDataset.builder().from(sample).decisions(decisions).build();
    assertLinksAsTheMaps(data);
    long before = sample.decisions().stream()
        .filter(d -> d.presentedInputs().contains(input.id())).count();
    assertThat(DatasetIndex.of(EvaluationContext.of(data)).decisionsPresenting(input.id()))
        .as("decisions presenting the input").hasSize((int) before + kinds);
  }

  /**
   * A decision that presents an input twice (an error the validator reports): the links, like the
   * maps, hold the decision once, and the input's consideration in it.
   */
  @Example
  void inputPresentedTwice_linksHoldTheDecisionOnce() {
    EngagementDataset sample = SampleDataset.lambeth();
    DecisionRecord decision = sample.decisions().stream()
        .filter(d -> !d.presentedInputs().isEmpty()).findFirst().orElseThrow();
    org.engagement.core.InputId input = decision.presentedInputs().get(0);
    DecisionRecord twice = DecisionRecord.builder().from(decision)
        .addPresentedInputs(input).build();
    assertThat(twice.presentedInputs()).filteredOn(input::equals).hasSize(2);
    List<DecisionRecord> decisions = new ArrayList<>(sample.decisions());
    decisions.set(decisions.indexOf(decision), twice);
    EngagementDataset data = EngagementDataset.builder().from(sample).decisions(decisions).build();
    assertLinksAsTheMaps(data);
    CommunityInput raised = data.inputs().stream().filter(i -> i.id().equals(input))
        .findFirst().orElseThrow();
    DatasetIndex.InputLinks links = DatasetIndex.of(EvaluationContext.of(data))
        .inputLinksIn(raised.area()).stream().filter(l -> l.input() == raised)
        .findFirst().orElseThrow();
    List<DecisionRecord> presenting = new ArrayList<>();
    for (int i = 0; i < links.presentedCount(); i++) {
      presenting.add(links.presentedIn(i));
    }
    assertThat(presenting).filteredOn(d -> d == twice).hasSize(1);
    Consideration first = twice.considerations().stream().filter(c -> c.input().equals(input))
        .findFirst().orElse(null);
    assertThat(links.considerationIn(presenting.indexOf(twice))).isSameAs(first);
  }

  /**
   * A dataset that lists one decision record twice: the links, like the maps and the by-hand
   * count, hold it twice, once for each place it has in the dataset.
   */
  @Example
  void decisionListedTwice_linksHoldItTwice() {
    EngagementDataset sample = SampleDataset.lambeth();
    DecisionRecord decision = sample.decisions().stream()
        .filter(d -> !d.presentedInputs().isEmpty()).findFirst().orElseThrow();
    List<DecisionRecord> decisions = new ArrayList<>(sample.decisions());
    decisions.add(decision);
    EngagementDataset data = EngagementDataset.builder().from(sample).decisions(decisions).build();
    assertLinksAsTheMaps(data);
    org.engagement.core.InputId input = decision.presentedInputs().get(0);
    CommunityInput raised = data.inputs().stream().filter(i -> i.id().equals(input))
        .findFirst().orElseThrow();
    DatasetIndex.InputLinks links = DatasetIndex.of(EvaluationContext.of(data))
        .inputLinksIn(raised.area()).stream().filter(l -> l.input() == raised)
        .findFirst().orElseThrow();
    int times = 0;
    for (int i = 0; i < links.presentedCount(); i++) {
      times += links.presentedIn(i) == decision ? 1 : 0;
    }
    assertThat(times).isEqualTo(2);
  }

  /**
   * Each input's links, gathered in one pass for M1 and M2, are what the maps of decisions by
   * presented input and of considerations by input give, and each consideration in the links is
   * the first of the input in that decision.
   */
  private static void assertLinksAsTheMaps(EngagementDataset data) {
    DatasetIndex index = DatasetIndex.of(EvaluationContext.of(data));
    Set<AreaId> areas = new LinkedHashSet<>();
    data.inputs().forEach(i -> areas.add(i.area()));
    areas.add(UNKNOWN);
    for (AreaId area : areas) {
      List<CommunityInput> inputs = index.inputsIn(area);
      List<DatasetIndex.InputLinks> links = index.inputLinksIn(area);
      assertThat(links).as("links in %s", area).hasSameSizeAs(inputs);
      for (int k = 0; k < links.size(); k++) {
        DatasetIndex.InputLinks l = links.get(k);
        CommunityInput input = inputs.get(k);
        assertThat(l.input()).isSameAs(input);
        List<DecisionRecord> presented = new ArrayList<>();
        for (int i = 0; i < l.presentedCount(); i++) {
          presented.add(l.presentedIn(i));
          Consideration first = l.presentedIn(i).considerations().stream()
              .filter(c -> c.input().equals(input.id())).findFirst().orElse(null);
          assertThat(l.considerationIn(i)).as("consideration of %s in %s", input.id(),
              l.presentedIn(i).id()).isSameAs(first);
          // what the index read of the decision and the consideration, once, for the measures
          assertThat(l.decisionDay(i)).isEqualTo(l.presentedIn(i).date().toEpochDay());
          int facts = 0;
          if (first != null && first.considered()) {
            facts |= DatasetIndex.InputLinks.CONSIDERED;
          }
          if (first != null && first.outcome().filter(ConsiderationOutcome::isDecided).isPresent()) {
            facts |= DatasetIndex.InputLinks.DECIDED;
          }
          if (first != null && first.reason().filter(r -> !r.isBlank()).isPresent()) {
            facts |= DatasetIndex.InputLinks.REASONED;
          }
          assertThat(l.facts(i)).as("facts of %s in %s", input.id(), l.presentedIn(i).id())
              .isEqualTo(facts);
          assertThat(l.outcome(i)).isEqualTo(first == null ? null : first.outcome().orElse(null));
        }
        assertThat(l.day()).isEqualTo(input.date().toEpochDay());
        assertThat(presented).as("decisions presenting %s", input.id())
            .isEqualTo(index.decisionsPresenting(input.id()));
        // and by hand, since the maps and the links are gathered by one walk
        Comparator<DecisionRecord> byDateThenId = Comparator.comparing(DecisionRecord::date)
            .thenComparing(d -> d.id().value());
        assertThat(presented).as("decisions presenting %s, by hand", input.id())
            .isEqualTo(data.decisions().stream()
                .filter(d -> d.presentedInputs().contains(input.id()))
                .sorted(byDateThenId).toList());
        assertThat(l.considerations()).as("considerations of %s, by hand", input.id())
            .isEqualTo(data.decisions().stream()
                .sorted(byDateThenId)
                .flatMap(d -> d.considerations().stream()
                    .filter(c -> c.input().equals(input.id())).limit(1)
                    .map(c -> new DatasetIndex.DecisionConsideration(d, c)))
                .toList());
        assertThat(l.considerations()).as("considerations of %s", input.id())
            .isEqualTo(index.considerationsOf(input.id()));
      }
    }
  }

  @Property(tries = 60)
  void anyDataset_participantResponsesAsByHand(@ForAll("datasets") EngagementDataset data) {
    assertParticipantResponsesAsByHand(data);
  }

  /**
   * Answers of every kind, which the generated datasets do not all have: a survey of participants
   * asking a BINARY, a LIKERT_5 and a CATEGORICAL question with roles (and a second question of a
   * role it already asks, which is not the one read), a survey of the public, and a survey the
   * dataset does not hold; each response answers, skips or answers out of range. Only the
   * responses to the survey of participants are kept.
   */
  @Example
  void answersOfEveryKind_participantResponsesReadWhatEachSays() {
    EngagementDataset sample = SampleDataset.lambeth();
    AreaId area = sample.responses().get(0).area();
    Survey participants = Survey.builder().id(SurveyId.of("SV-FACTS-P")).name("Facts")
        .wave("2012").population(SurveyPopulation.PARTICIPANTS)
        .addQuestions(question("F", QuestionType.BINARY, StandardRole.FEEDBACK_RECEIVED),
            question("W", QuestionType.LIKERT_5, StandardRole.CONTRIBUTION_WORTHWHILE),
            question("C", QuestionType.CATEGORICAL, StandardRole.CAN_CITE_CHANGE),
            question("F2", QuestionType.BINARY, StandardRole.FEEDBACK_RECEIVED))
        .build();
    Survey public_ = Survey.builder().from(participants).id(SurveyId.of("SV-FACTS-Q"))
        .population(SurveyPopulation.PUBLIC).build();
    String[][] answers = {
        // F, W, C, F2, then the survey
        {"YES", "5", "X", "NO", "SV-FACTS-P"},
        {"NO", "4", null, "YES", "SV-FACTS-P"},
        {"DONT_KNOW", "3", "DONT_KNOW", null, "SV-FACTS-P"},
        {"MAYBE", "6", null, null, "SV-FACTS-P"},
        {null, "DONT_KNOW", null, "YES", "SV-FACTS-P"},
        {null, "0", null, null, "SV-FACTS-P"},
        {"YES", "4", null, null, "SV-FACTS-Q"},
        {"YES", "4", null, null, "SV-FACTS-UNKNOWN"},
    };
    List<SurveyResponse> responses = new ArrayList<>(sample.responses());
    for (int i = 0; i < answers.length; i++) {
      SurveyResponse.Builder r = SurveyResponse.builder().id(ResponseId.of("RSP-FACTS-" + i))
          .survey(SurveyId.of(answers[i][4])).area(area)
          .date(java.time.LocalDate.of(2012, 6, 1 + i)).weight(0.5 + i);
      String[] codes = {"F", "W", "C", "F2"};
      for (int q = 0; q < codes.length; q++) {
        if (answers[i][q] != null) {
          r.putAnswers(QuestionId.of(codes[q]), Answer.of(answers[i][q]));
        }
      }
      responses.add(r.build());
    }
    List<Survey> surveys = new ArrayList<>(sample.surveys());
    surveys.add(participants);
    surveys.add(public_);
    EngagementDataset data = EngagementDataset.builder().from(sample).surveys(surveys)
        .responses(responses).build();
    assertParticipantResponsesAsByHand(data);

    DatasetIndex index = DatasetIndex.of(EvaluationContext.of(data));
    DatasetIndex.ParticipantResponses facts = index.participantResponsesIn(area);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < facts.count(); i++) {
      ids.add(facts.id(i));
    }
    int first = ids.indexOf("RSP-FACTS-0");
    int none = DatasetIndex.ParticipantResponses.NO_ANSWER;
    int no = DatasetIndex.ParticipantResponses.NOT_SUCCESS;
    int yes = DatasetIndex.ParticipantResponses.SUCCESS;
    // F (BINARY, the first of its role), W (LIKERT_5), C (CATEGORICAL) for each response
    int[][] expected = {
        {yes, yes, none}, {no, yes, none}, {no, no, none}, {none, none, none},
        {none, no, none}, {none, none, none},
    };
    StandardRole[] roles = {StandardRole.FEEDBACK_RECEIVED, StandardRole.CONTRIBUTION_WORTHWHILE,
        StandardRole.CAN_CITE_CHANGE};
    for (int i = 0; i < expected.length; i++) {
      assertThat(facts.id(first + i)).isEqualTo("RSP-FACTS-" + i);
      for (int k = 0; k < roles.length; k++) {
        assertThat(facts.answer(first + i, roles[k])).as("response %d, %s", i, roles[k])
            .isEqualTo(expected[i][k]);
      }
      assertThat(facts.answer(first + i, StandardRole.POLICE_LISTEN)).isEqualTo(none);
    }
    // the responses to the survey of the public (6) and to the survey not held (7) are left out
    assertThat(ids).doesNotContain("RSP-FACTS-6", "RSP-FACTS-7");
    assertThat(facts.survey(first)).isEqualTo(participants.id());
    assertThat(facts.weight(first + 3)).isEqualTo(3.5);
    assertThat(facts.day(first + 2)).isEqualTo(java.time.LocalDate.of(2012, 6, 3).toEpochDay());
    assertThat(index.participantResponsesIn(UNKNOWN).count()).isZero();
  }

  private static Question question(String id, QuestionType type, StandardRole role) {
    Question.Builder q = Question.builder().id(QuestionId.of(id)).text("Question " + id)
        .type(type).role(role);
    if (type == QuestionType.CATEGORICAL) {
      q.addCategories("X", "Y");
    }
    return q.build();
  }

  private static void assertParticipantResponsesAsByHand(EngagementDataset data) {
    DatasetIndex index = DatasetIndex.of(EvaluationContext.of(data));
    Set<AreaId> areas = new LinkedHashSet<>();
    data.responses().forEach(r -> areas.add(r.area()));
    data.areas().forEach(a -> areas.add(a.id()));
    areas.add(UNKNOWN);
    for (AreaId area : areas) {
      List<SurveyResponse> responses = index.responsesIn(area).stream()
          .filter(r -> data.survey(r.survey()).map(Survey::population)
              .equals(Optional.of(SurveyPopulation.PARTICIPANTS)))
          .toList();
      DatasetIndex.ParticipantResponses facts = index.participantResponsesIn(area);
      assertThat(facts.count()).as("responses of participants in %s", area)
          .isEqualTo(responses.size());
      for (int i = 0; i < responses.size(); i++) {
        SurveyResponse r = responses.get(i);
        assertThat(facts.id(i)).isEqualTo(r.id().value());
        assertThat(facts.survey(i)).isEqualTo(r.survey());
        assertThat(facts.day(i)).isEqualTo(r.date().toEpochDay());
        assertThat(Double.compare(facts.weight(i), r.weight())).as("weight of %s", r.id()).isZero();
        Survey survey = data.survey(r.survey()).orElseThrow();
        for (StandardRole role : StandardRole.values()) {
          int expected = DatasetIndex.ParticipantResponses.NO_ANSWER;
          Optional<Question> question = survey.questions().stream()
              .filter(q -> q.role().equals(Optional.of(role))).findFirst();
          Answer answer = question.map(q -> r.answers().get(q.id())).orElse(null);
          if (answer != null) {
            Optional<Boolean> success = ValidAnswers.success(question.get().type(), answer);
            if (success.isPresent()) {
              expected = success.get() ? DatasetIndex.ParticipantResponses.SUCCESS
                  : DatasetIndex.ParticipantResponses.NOT_SUCCESS;
            }
          }
          assertThat(facts.answer(i, role)).as("%s of %s", role, r.id()).isEqualTo(expected);
        }
      }
    }
  }

  @Example
  void recordsIn_aTypeWithoutArea_orAnotherClass_isRefused() {
    DatasetIndex index = DatasetIndex.of(EvaluationContext.of(SampleDataset.lambeth()));
    assertThatThrownBy(() -> index.recordsIn(RecordType.SURVEY, UNKNOWN,
        org.engagement.core.Survey.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SURVEY records name no area");
    assertThatThrownBy(() -> index.recordsIn(RecordType.INPUT, UNKNOWN, Initiative.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("INPUT holds CommunityInput, not Initiative");
  }

  private static void assertGroupsAsByHand(EngagementDataset data) {
    DatasetIndex index = DatasetIndex.of(EvaluationContext.of(data));
    Set<AreaId> areas = new LinkedHashSet<>();
    for (RecordType type : RecordType.values()) {
      if (type.hasArea()) {
        type.records(data).forEach(r -> areas.add(type.areaOf(r)));
      }
    }
    data.areas().forEach(a -> areas.add(a.id()));
    areas.add(UNKNOWN);
    Set<String> dimensions = new LinkedHashSet<>();
    data.referencePopulations().forEach(p -> dimensions.add(p.dimension()));
    for (AreaId area : areas) {
      byHand(index::inputsIn, data.inputs(), CommunityInput::area, area);
      byHand(index::activitiesIn, data.activities(), EngagementActivity::area, area);
      byHand(index::initiativesIn, data.initiatives(), Initiative::area, area);
      assertThat(index.allocationsIn(area)).as("allocations in %s", area)
          .containsExactlyElementsOf(data.allocations().stream()
              .filter(a -> a.area().equals(area))
              .sorted(Comparator.comparing(ResourceAllocation::date)
                  .thenComparing(a -> a.id().value()))
              .toList());
      byHand(index::decisionsIn, data.decisions(), DecisionRecord::area, area);
      byHand(index::targetsIn, data.targets(), LocalPerformanceTarget::area, area);
      byHand(index::responsesIn, data.responses(), SurveyResponse::area, area);
      byHand(index::panelsIn, data.panels(), Panel::area, area);
      byHand(index::rolesIn, data.roles(), RoleAssignment::area, area);
      byHand(index::publicationsIn, data.publications(), Publication::area, area);
      byHand(index::keyMessagesIn, data.keyMessages(), KeyMessage::area, area);
      byHand(index::stakeholdersHomedIn, data.stakeholders(), Stakeholder::homeArea, area);
      byHand(index::hardToHearGroupsIn, data.hardToHearGroups(), HardToHearGroup::area, area);
      for (String dimension : dimensions) {
        byHand(a -> index.referencePopulations(a, dimension),
            data.referencePopulations().stream()
                .filter(p -> p.dimension().equals(dimension)).toList(),
            ReferencePopulation::area, area);
      }
      for (RecordType type : RecordType.values()) {
        if (type.hasArea()) {
          Comparator<Object> order = Comparator.comparing(type::idOf);
          if (type == RecordType.ALLOCATION) {
            order = Comparator.comparing((Object r) -> ((ResourceAllocation) r).date())
                .thenComparing(type::idOf);
          }
          List<Object> expected = type.records(data).stream()
              .filter(r -> type.areaOf(r).equals(area))
              .map(r -> (Object) r)
              .sorted(order)
              .toList();
          assertThat(index.recordsIn(type, area, type.recordClass()))
              .as("%s in %s", type.collection(), area)
              .isEqualTo(expected);
        }
      }
    }
  }

  private static <T> void byHand(Function<AreaId, List<T>> indexed, List<T> records,
      Function<T, AreaId> area, AreaId in) {
    List<T> expected = records.stream()
        .filter(r -> area.apply(r).equals(in))
        .sorted(Comparator.comparing(r -> EngagementDataset.idOf(r)))
        .toList();
    assertThat(indexed.apply(in)).as("in %s", in).containsExactlyElementsOf(expected);
  }
}
