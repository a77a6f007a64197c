package org.engagement.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Builders.BuilderCombinator;
import net.jqwik.api.Combinators;
import org.engagement.core.*;

/**
 * Datasets of every record type at the extremes of what the records hold, valid or not, for
 * {@link EngagementArbitraries#extremeDatasets()}: any text including control characters, lone
 * surrogates and characters outside the Basic Multilingual Plane, ids of printable characters,
 * dates of years 1 to 9999, decimals of any scale, whole numbers of the whole range, finite
 * doubles of any sign, optional fields present or absent, and empty or short lists and maps.
 */
final class ExtremeDatasets {

  private ExtremeDatasets() {}

  private static final double MAYBE = 0.5;

  /**
   * Any text: every UTF-16 code unit (a lone surrogate included, as a Java string may hold one),
   * pairs that make characters outside the Basic Multilingual Plane, up to 14 characters.
   */
  static Arbitrary<String> text() {
    Arbitrary<String> bmp = Arbitraries.strings().withCharRange('\u0000', '\uffff')
        .ofMaxLength(12);
    Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10ffff)
        .map(Character::toString);
    return Arbitraries.oneOf(bmp, Combinators.combine(bmp, astral, bmp).as((a, b, c) -> a + b + c),
        Arbitraries.of("", " ", "\"quoted\" \\ / \n\t", "Lambeth"));
  }

  /** Ids: printable, some spaces inside and accented letters, none around. */
  static Arbitrary<String> idText() {
    return Arbitraries.strings().withCharRange('!', '~').withChars(' ', 'é', '漢')
        .ofMinLength(1).ofMaxLength(10).filter(s -> s.strip().equals(s));
  }

  static <T> Arbitrary<T> id(Function<String, T> of) {
    return idText().map(of);
  }

  /** Dates of years 1 to 9999. */
  static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(),
        LocalDate.of(9999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Decimals of up to 30 digits and any scale from -20 to 20. */
  static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(Arbitraries.bigIntegers().between(
            BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
        Arbitraries.integers().between(-20, 20)).as(BigDecimal::new);
  }

  /** Finite doubles, negative zero and subnormals included. */
  static Arbitrary<Double> finiteDoubles() {
    return Arbitraries.oneOf(Arbitraries.doubles(),
        Arbitraries.of(-0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1.27));
  }

  static <T> Arbitrary<List<T>> few(Arbitrary<T> element) {
    return element.list().ofMaxSize(3);
  }

  static <T> Arbitrary<Map<String, T>> map(Arbitrary<T> values) {
    return Arbitraries.maps(text(), values).ofMaxSize(3);
  }

  /** Counts of any sign and size whose sums (at most four of them) still fit in a long. */
  static Arbitrary<Long> counts64() {
    return Arbitraries.longs().between(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4);
  }

  static Arbitrary<Period> periods() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 800))
        .as((from, days) -> Period.of(from, from.plusDays(days).isAfter(LocalDate.of(9999, 12,
            31)) ? from : from.plusDays(days)));
  }

  static Arbitrary<DemographicScheme> schemes() {
    Arbitrary<DemographicCategory> category = Combinators.combine(text(), text())
        .as(DemographicCategory::of).filter(c -> !c.code().equals(DemographicScheme.NOT_STATED));
    Arbitrary<DemographicDimension> dimension = Builders.withBuilder(DemographicDimension::builder)
        .use(text()).inSetter(DemographicDimension.Builder::code)
        .use(text()).inSetter(DemographicDimension.Builder::label)
        .use(Arbitraries.of(true, false)).inSetter(DemographicDimension.Builder::primary)
        .use(category.list().ofMinSize(1).ofMaxSize(3)
            .uniqueElements(DemographicCategory::code))
        .inSetter(DemographicDimension.Builder::categories)
        .build(DemographicDimension.Builder::build);
    return Arbitraries.oneOf(Arbitraries.just(DemographicScheme.defaultScheme()),
        dimension.list().ofMaxSize(3).uniqueElements(DemographicDimension::code)
            .map(d -> DemographicScheme.builder().dimensions(d).build()));
  }

  static Arbitrary<DemographicCounts> counts() {
    Arbitrary<DimensionCounts> dimension = Builders.withBuilder(DimensionCounts::builder)
        .use(text()).inSetter(DimensionCounts.Builder::dimension)
        .use(map(counts64())).inSetter(DimensionCounts.Builder::counts)
        .use(counts64()).withProbability(MAYBE)
        .inSetter(DimensionCounts.Builder::notStated)
        .build(DimensionCounts.Builder::build);
    return Builders.withBuilder(DemographicCounts::builder)
        .use(Arbitraries.of(CountBasis.class)).inSetter(DemographicCounts.Builder::basis)
        .use(dimension.list().ofMaxSize(3).uniqueElements(DimensionCounts::dimension))
        .inSetter(DemographicCounts.Builder::dimensions)
        .build(DemographicCounts.Builder::build);
  }

  static Arbitrary<Area> areas() {
    return Builders.withBuilder(Area::builder)
        .use(id(AreaId::of)).inSetter(Area.Builder::id)
        .use(text()).inSetter(Area.Builder::name)
        .use(Arbitraries.of(AreaLevel.class)).inSetter(Area.Builder::level)
        .use(id(s -> AreaId.of("parent " + s))).withProbability(MAYBE)
        .inSetter(Area.Builder::parent)
        .use(Arbitraries.of(true, false)).inSetter(Area.Builder::businessPresence)
        .build(Area.Builder::build);
  }

  static Arbitrary<Stakeholder> stakeholders() {
    return Builders.withBuilder(Stakeholder::builder)
        .use(id(StakeholderId::of)).inSetter(Stakeholder.Builder::id)
        .use(text()).inSetter(Stakeholder.Builder::name)
        .use(Arbitraries.of(StakeholderKind.class)).inSetter(Stakeholder.Builder::kind)
        .use(id(AreaId::of)).inSetter(Stakeholder.Builder::homeArea)
        .use(few(id(AreaId::of))).inSetter(Stakeholder.Builder::areasServed)
        .use(few(id(GroupId::of))).inSetter(Stakeholder.Builder::groups)
        .use(Arbitraries.of(true, false)).inSetter(Stakeholder.Builder::contactConsent)
        .use(dates()).withProbability(MAYBE).inSetter(Stakeholder.Builder::lastUpdated)
        .build(Stakeholder.Builder::build);
  }

  static Arbitrary<HardToHearGroup> groups() {
    return Builders.withBuilder(HardToHearGroup::builder)
        .use(id(GroupId::of)).inSetter(HardToHearGroup.Builder::id)
        .use(text()).inSetter(HardToHearGroup.Builder::name)
        .use(id(AreaId::of)).inSetter(HardToHearGroup.Builder::area)
        .use(text()).withProbability(MAYBE).inSetter(HardToHearGroup.Builder::description)
        .build(HardToHearGroup.Builder::build);
  }

  static Arbitrary<ReferencePopulation> populations() {
    return Builders.withBuilder(ReferencePopulation::builder)
        .use(id(PopulationId::of)).inSetter(ReferencePopulation.Builder::id)
        .use(id(AreaId::of)).inSetter(ReferencePopulation.Builder::area)
        .use(Arbitraries.integers()).inSetter(ReferencePopulation.Builder::year)
        .use(text()).inSetter(ReferencePopulation.Builder::dimension)
        .use(map(counts64())).inSetter(ReferencePopulation.Builder::counts)
        .use(text()).withProbability(MAYBE).inSetter(ReferencePopulation.Builder::source)
        .build(ReferencePopulation.Builder::build);
  }

  static Arbitrary<EngagementActivity> activities() {
    return Builders.withBuilder(EngagementActivity::builder)
        .use(id(ActivityId::of)).inSetter(EngagementActivity.Builder::id)
        .use(text()).inSetter(EngagementActivity.Builder::title)
        .use(dates()).inSetter(EngagementActivity.Builder::date)
        .use(dates()).withProbability(MAYBE).inSetter(EngagementActivity.Builder::endDate)
        .use(id(AreaId::of)).inSetter(EngagementActivity.Builder::area)
        .use(Arbitraries.of(EngagementLevel.class))
        .inSetter(EngagementActivity.Builder::engagementLevel)
        .use(Arbitraries.of(BoroughTier.class)).withProbability(MAYBE)
        .inSetter(EngagementActivity.Builder::boroughTier)
        .use(Arbitraries.of(InvolvementLevel.class))
        .inSetter(EngagementActivity.Builder::involvement)
        .use(Arbitraries.of(EngagementMethod.class)).inSetter(EngagementActivity.Builder::method)
        .use(Arbitraries.of(ActivityMode.class)).inSetter(EngagementActivity.Builder::mode)
        .use(Arbitraries.of(Openness.class)).inSetter(EngagementActivity.Builder::openness)
        .use(text()).withProbability(MAYBE).inSetter(EngagementActivity.Builder::organisingUnit)
        .use(few(text())).inSetter(EngagementActivity.Builder::partners)
        .use(few(text())).inSetter(EngagementActivity.Builder::issueCategories)
        .use(Arbitraries.longs()).withProbability(MAYBE)
        .inSetter(EngagementActivity.Builder::attendance)
        .use(counts()).withProbability(MAYBE).inSetter(EngagementActivity.Builder::demographics)
        .use(few(id(ParticipantId::of))).inSetter(EngagementActivity.Builder::participants)
        .use(Arbitraries.of(true, false)).inSetter(EngagementActivity.Builder::inForwardSchedule)
        .use(dates()).withProbability(MAYBE).inSetter(EngagementActivity.Builder::announcedDate)
        .use(id(PanelId::of)).withProbability(MAYBE).inSetter(EngagementActivity.Builder::panel)
        .use(Arbitraries.of(true, false)).withProbability(MAYBE)
        .inSetter(EngagementActivity.Builder::sltAttended)
        .use(few(id(InitiativeId::of))).inSetter(EngagementActivity.Builder::initiatives)
        .use(decimals()).withProbability(MAYBE).inSetter(EngagementActivity.Builder::cost)
        .build(EngagementActivity.Builder::build);
  }

  static Arbitrary<CommunityInput> inputs() {
    return Builders.withBuilder(CommunityInput::builder)
        .use(id(InputId::of)).inSetter(CommunityInput.Builder::id)
        .use(id(ActivityId::of)).inSetter(CommunityInput.Builder::activity)
        .use(id(AreaId::of)).inSetter(CommunityInput.Builder::area)
        .use(dates()).inSetter(CommunityInput.Builder::date)
        .use(text()).inSetter(CommunityInput.Builder::issueCategory)
        .use(text()).inSetter(CommunityInput.Builder::summary)
        .use(Arbitraries.integers()).inSetter(CommunityInput.Builder::support)
        .build(CommunityInput.Builder::build);
  }

  static Arbitrary<AnalysisRecord> analyses() {
    return Builders.withBuilder(AnalysisRecord::builder)
        .use(id(AnalysisId::of)).inSetter(AnalysisRecord.Builder::id)
        .use(id(ActivityId::of)).inSetter(AnalysisRecord.Builder::activity)
        .use(dates()).inSetter(AnalysisRecord.Builder::date)
        .use(Arbitraries.of(true, false)).inSetter(AnalysisRecord.Builder::quantitative)
        .use(Arbitraries.of(true, false)).inSetter(AnalysisRecord.Builder::qualitative)
        .use(Arbitraries.of(Weighting.class)).inSetter(AnalysisRecord.Builder::weighted)
        .use(Arbitraries.of(true, false)).inSetter(AnalysisRecord.Builder::independent)
        .build(AnalysisRecord.Builder::build);
  }

  static Arbitrary<DecisionRecord> decisions() {
    Arbitrary<Consideration> consideration = Builders.withBuilder(Consideration::builder)
        .use(id(InputId::of)).inSetter(Consideration.Builder::input)
        .use(Arbitraries.of(true, false)).inSetter(Consideration.Builder::considered)
        .use(Arbitraries.of(ConsiderationOutcome.class)).withProbability(MAYBE)
        .inSetter(Consideration.Builder::outcome)
        .use(text()).withProbability(MAYBE).inSetter(Consideration.Builder::reason)
        .use(text()).withProbability(MAYBE).inSetter(Consideration.Builder::evidenceRef)
        .build(Consideration.Builder::build);
    return Builders.withBuilder(DecisionRecord::builder)
        .use(id(DecisionId::of)).inSetter(DecisionRecord.Builder::id)
        .use(text()).inSetter(DecisionRecord.Builder::body)
        .use(id(AreaId::of)).inSetter(DecisionRecord.Builder::area)
        .use(dates()).inSetter(DecisionRecord.Builder::date)
        .use(text()).withProbability(MAYBE).inSetter(DecisionRecord.Builder::summary)
        .use(few(id(InputId::of))).inSetter(DecisionRecord.Builder::presentedInputs)
        .use(few(consideration)).inSetter(DecisionRecord.Builder::considerations)
        .build(DecisionRecord.Builder::build);
  }

  static Arbitrary<LocalPerformanceTarget> targets() {
    return Builders.withBuilder(LocalPerformanceTarget::builder)
        .use(id(TargetId::of)).inSetter(LocalPerformanceTarget.Builder::id)
        .use(id(AreaId::of)).inSetter(LocalPerformanceTarget.Builder::area)
        .use(dates()).inSetter(LocalPerformanceTarget.Builder::setDate)
        .use(periods()).inSetter(LocalPerformanceTarget.Builder::period)
        .use(text()).inSetter(LocalPerformanceTarget.Builder::metric)
        .use(decimals()).inSetter(LocalPerformanceTarget.Builder::value)
        .use(few(id(InputId::of))).inSetter(LocalPerformanceTarget.Builder::informedBy)
        .build(LocalPerformanceTarget.Builder::build);
  }

  static Arbitrary<ResourceAllocation> allocations() {
    return Builders.withBuilder(ResourceAllocation::builder)
        .use(id(AllocationId::of)).inSetter(ResourceAllocation.Builder::id)
        .use(dates()).inSetter(ResourceAllocation.Builder::date)
        .use(id(AreaId::of)).inSetter(ResourceAllocation.Builder::area)
        .use(Arbitraries.of(ResourceType.class)).inSetter(ResourceAllocation.Builder::resourceType)
        .use(decimals()).inSetter(ResourceAllocation.Builder::quantity)
        .use(text()).inSetter(ResourceAllocation.Builder::unit)
        .use(text()).inSetter(ResourceAllocation.Builder::issueCategory)
        .use(id(DecisionId::of)).withProbability(MAYBE)
        .inSetter(ResourceAllocation.Builder::decision)
        .use(few(id(InputId::of))).inSetter(ResourceAllocation.Builder::respondsTo)
        .use(text()).withProbability(MAYBE).inSetter(ResourceAllocation.Builder::description)
        .build(ResourceAllocation.Builder::build);
  }

  static Arbitrary<Initiative> initiatives() {
    return Builders.withBuilder(Initiative::builder)
        .use(id(InitiativeId::of)).inSetter(Initiative.Builder::id)
        .use(Arbitraries.of(InitiativeKind.class)).inSetter(Initiative.Builder::kind)
        .use(text()).inSetter(Initiative.Builder::name)
        .use(text()).inSetter(Initiative.Builder::businessUnit)
        .use(id(AreaId::of)).inSetter(Initiative.Builder::area)
        .use(dates()).inSetter(Initiative.Builder::start)
        .use(dates()).withProbability(MAYBE).inSetter(Initiative.Builder::end)
        .use(few(id(ActivityId::of))).inSetter(Initiative.Builder::activities)
        .build(Initiative.Builder::build);
  }

  static Arbitrary<Feedback> feedback() {
    Arbitrary<InputResponse> response = Combinators.combine(id(InputId::of),
        Arbitraries.of(true, false), text()).as(InputResponse::of);
    return Builders.withBuilder(Feedback::builder)
        .use(id(FeedbackId::of)).inSetter(Feedback.Builder::id)
        .use(dates()).inSetter(Feedback.Builder::published)
        .use(text()).inSetter(Feedback.Builder::channel)
        .use(Arbitraries.of(FeedbackFormat.class)).inSetter(Feedback.Builder::format)
        .use(Arbitraries.of(FeedbackStage.class)).inSetter(Feedback.Builder::stage)
        .use(few(id(ActivityId::of))).inSetter(Feedback.Builder::answers)
        .use(text()).withProbability(MAYBE).inSetter(Feedback.Builder::weAsked)
        .use(text()).withProbability(MAYBE).inSetter(Feedback.Builder::youSaid)
        .use(text()).withProbability(MAYBE).inSetter(Feedback.Builder::weDid)
        .use(few(response)).inSetter(Feedback.Builder::responses)
        .build(Feedback.Builder::build);
  }

  static Arbitrary<Survey> surveys() {
    Arbitrary<Question> question = Builders.withBuilder(Question::builder)
        .use(id(QuestionId::of)).inSetter(Question.Builder::id)
        .use(text()).inSetter(Question.Builder::text)
        .use(Arbitraries.of(QuestionType.class)).inSetter(Question.Builder::type)
        .use(Arbitraries.of(StandardRole.class)).withProbability(MAYBE)
        .inSetter(Question.Builder::role)
        .use(few(text())).inSetter(Question.Builder::categories)
        .build(Question.Builder::build);
    return Builders.withBuilder(Survey::builder)
        .use(id(SurveyId::of)).inSetter(Survey.Builder::id)
        .use(text()).inSetter(Survey.Builder::name)
        .use(text()).inSetter(Survey.Builder::wave)
        .use(Arbitraries.of(SurveyPopulation.class)).inSetter(Survey.Builder::population)
        .use(id(AreaId::of)).withProbability(MAYBE).inSetter(Survey.Builder::area)
        .use(few(question)).inSetter(Survey.Builder::questions)
        .build(Survey.Builder::build);
  }

  static Arbitrary<SurveyResponse> responses() {
    Arbitrary<Answer> answer = text().filter(t -> !t.isBlank()).map(Answer::of);
    return Builders.withBuilder(SurveyResponse::builder)
        .use(id(ResponseId::of)).inSetter(SurveyResponse.Builder::id)
        .use(id(SurveyId::of)).inSetter(SurveyResponse.Builder::survey)
        .use(dates()).inSetter(SurveyResponse.Builder::date)
        .use(id(AreaId::of)).inSetter(SurveyResponse.Builder::area)
        .use(finiteDoubles()).inSetter(SurveyResponse.Builder::weight)
        .use(map(text())).inSetter(SurveyResponse.Builder::demographics)
        .use(Arbitraries.maps(id(QuestionId::of), answer).ofMaxSize(3))
        .inSetter(SurveyResponse.Builder::answers)
        .build(SurveyResponse.Builder::build);
  }

  static Arbitrary<Panel> panels() {
    Arbitrary<PanelMember> member = Builders.withBuilder(PanelMember::builder)
        .use(id(ParticipantId::of)).inSetter(PanelMember.Builder::member)
        .use(Arbitraries.of(MemberCategory.class)).inSetter(PanelMember.Builder::category)
        .use(dates()).inSetter(PanelMember.Builder::joined)
        .use(dates()).withProbability(MAYBE).inSetter(PanelMember.Builder::left)
        .use(dates()).withProbability(MAYBE).inSetter(PanelMember.Builder::induction)
        .build(PanelMember.Builder::build);
    return Builders.withBuilder(Panel::builder)
        .use(id(PanelId::of)).inSetter(Panel.Builder::id)
        .use(Arbitraries.of(PanelKind.class)).inSetter(Panel.Builder::kind)
        .use(text()).inSetter(Panel.Builder::name)
        .use(id(AreaId::of)).inSetter(Panel.Builder::area)
        .use(dates()).inSetter(Panel.Builder::activeFrom)
        .use(dates()).withProbability(MAYBE).inSetter(Panel.Builder::activeTo)
        .use(Arbitraries.of(Openness.class)).inSetter(Panel.Builder::openness)
        .use(few(member)).inSetter(Panel.Builder::members)
        .use(counts()).withProbability(MAYBE).inSetter(Panel.Builder::membershipDemographics)
        .use(few(id(PanelId::of))).inSetter(Panel.Builder::links)
        .build(Panel.Builder::build);
  }

  static Arbitrary<Priority> priorities() {
    return Builders.withBuilder(Priority::builder)
        .use(id(PriorityId::of)).inSetter(Priority.Builder::id)
        .use(id(PanelId::of)).inSetter(Priority.Builder::panel)
        .use(text()).inSetter(Priority.Builder::issue)
        .use(text()).withProbability(MAYBE).inSetter(Priority.Builder::category)
        .use(Arbitraries.of(PrioritySource.class)).inSetter(Priority.Builder::source)
        .use(dates()).inSetter(Priority.Builder::setDate)
        .use(text()).withProbability(MAYBE).inSetter(Priority.Builder::action)
        .use(dates()).withProbability(MAYBE).inSetter(Priority.Builder::actionDate)
        .build(Priority.Builder::build);
  }

  static Arbitrary<RoleAssignment> roles() {
    return Builders.withBuilder(RoleAssignment::builder)
        .use(id(RoleId::of)).inSetter(RoleAssignment.Builder::id)
        .use(Arbitraries.of(RoleKind.class)).inSetter(RoleAssignment.Builder::role)
        .use(text()).withProbability(MAYBE).inSetter(RoleAssignment.Builder::title)
        .use(id(AreaId::of)).inSetter(RoleAssignment.Builder::area)
        .use(dates()).inSetter(RoleAssignment.Builder::from)
        .use(dates()).withProbability(MAYBE).inSetter(RoleAssignment.Builder::to)
        .use(id(ParticipantId::of)).withProbability(MAYBE).inSetter(RoleAssignment.Builder::holder)
        .build(RoleAssignment.Builder::build);
  }

  static Arbitrary<KeyMessage> keyMessages() {
    return Builders.withBuilder(KeyMessage::builder)
        .use(id(MessageId::of)).inSetter(KeyMessage.Builder::id)
        .use(dates()).inSetter(KeyMessage.Builder::date)
        .use(id(AreaId::of)).inSetter(KeyMessage.Builder::area)
        .use(text()).inSetter(KeyMessage.Builder::message)
        .use(few(text())).inSetter(KeyMessage.Builder::channels)
        .use(Arbitraries.of(true, false)).withProbability(MAYBE)
        .inSetter(KeyMessage.Builder::accessible)
        .use(Arbitraries.of(true, false)).withProbability(MAYBE)
        .inSetter(KeyMessage.Builder::consistent)
        .use(Arbitraries.of(true, false)).withProbability(MAYBE)
        .inSetter(KeyMessage.Builder::timely)
        .use(Arbitraries.of(true, false)).withProbability(MAYBE)
        .inSetter(KeyMessage.Builder::widestAudience)
        .build(KeyMessage.Builder::build);
  }

  static Arbitrary<Commitment> commitments() {
    Arbitrary<Measurement> measurement =
        Combinators.combine(dates(), decimals()).as(Measurement::of);
    return Builders.withBuilder(Commitment::builder)
        .use(id(CommitmentId::of)).inSetter(Commitment.Builder::id)
        .use(id(AreaId::of)).inSetter(Commitment.Builder::area)
        .use(text()).inSetter(Commitment.Builder::description)
        .use(text()).withProbability(MAYBE).inSetter(Commitment.Builder::standard)
        .use(decimals()).inSetter(Commitment.Builder::target)
        .use(text()).withProbability(MAYBE).inSetter(Commitment.Builder::unit)
        .use(dates()).inSetter(Commitment.Builder::deadline)
        .use(few(measurement)).inSetter(Commitment.Builder::measurements)
        .build(Commitment.Builder::build);
  }

  static Arbitrary<Publication> publications() {
    return Builders.withBuilder(Publication::builder)
        .use(id(PublicationId::of)).inSetter(Publication.Builder::id)
        .use(Arbitraries.of(PublicationKind.class)).inSetter(Publication.Builder::kind)
        .use(text()).inSetter(Publication.Builder::title)
        .use(dates()).inSetter(Publication.Builder::date)
        .use(id(AreaId::of)).inSetter(Publication.Builder::area)
        .use(id(PanelId::of)).withProbability(MAYBE).inSetter(Publication.Builder::panel)
        .build(Publication.Builder::build);
  }

  /** Arbitrary datasets: any scheme, and up to two records of every type. */
  static Arbitrary<EngagementDataset> datasets() {
    BuilderCombinator<EngagementDataset.Builder> dataset =
        Builders.withBuilder(EngagementDataset::builder)
            .use(schemes()).inSetter(EngagementDataset.Builder::scheme);
    for (RecordType type : RecordType.values()) {
      dataset = dataset.use(upToTwo(records(type))).inSetter(type::set);
    }
    return dataset.build(EngagementDataset.Builder::build);
  }

  /**
   * Any record of one type: the switch names every type, so that a type added to
   * {@link RecordType} does not compile here until it has its arbitrary.
   */
  private static Arbitrary<?> records(RecordType type) {
    return switch (type) {
      case AREA -> areas();
      case ISSUE_CATEGORY -> Combinators.combine(text(), text()).as(IssueCategory::of);
      case STAKEHOLDER -> stakeholders();
      case HARD_TO_HEAR_GROUP -> groups();
      case REFERENCE_POPULATION -> populations();
      case ACTIVITY -> activities();
      case INPUT -> inputs();
      case ANALYSIS -> analyses();
      case DECISION -> decisions();
      case TARGET -> targets();
      case ALLOCATION -> allocations();
      case INITIATIVE -> initiatives();
      case FEEDBACK -> feedback();
      case SURVEY -> surveys();
      case RESPONSE -> responses();
      case PANEL -> panels();
      case PRIORITY -> priorities();
      case ROLE -> roles();
      case KEY_MESSAGE -> keyMessages();
      case COMMITMENT -> commitments();
      case PUBLICATION -> publications();
    };
  }

  private static <T> Arbitrary<List<T>> upToTwo(Arbitrary<T> records) {
    return records.list().ofMaxSize(2);
  }
}
