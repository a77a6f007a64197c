package org.engagement.json;

import static org.engagement.json.Collections2.enumeration;
import static org.engagement.json.Collections2.map;
import static org.engagement.json.Scalars.ANSWER;
import static org.engagement.json.Scalars.BOOLEAN;
import static org.engagement.json.Scalars.DATE;
import static org.engagement.json.Scalars.DECIMAL;
import static org.engagement.json.Scalars.DOUBLE;
import static org.engagement.json.Scalars.INT;
import static org.engagement.json.Scalars.LONG;
import static org.engagement.json.Scalars.PERIOD_CODEC;
import static org.engagement.json.Scalars.TEXT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.engagement.core.*;
import org.jspecify.annotations.Nullable;

/**
 * The JSON format, version 1.0: one codec per type of the domain, each property named after the
 * type's accessor, in canonical order. The descriptions are the domain's Javadoc; the JSON Schema
 * is made from them.
 */
final class Format {

  private Format() {}

  /** The format version this SDK writes. */
  public static final String VERSION = "1.0";

  /** The format versions this SDK reads. */
  public static final List<String> SUPPORTED_VERSIONS = List.of(VERSION);

  private static final List<Id<?>> IDS = new ArrayList<>();

  // Ids.
  static final Codec<AreaId> AREA_ID = id(AreaId.class, "area id", AreaId::parse, true);
  static final Codec<StakeholderId> STAKEHOLDER_ID =
      id(StakeholderId.class, "stakeholder id", StakeholderId::parse);
  static final Codec<GroupId> GROUP_ID = id(GroupId.class, "group id", GroupId::parse);
  static final Codec<PopulationId> POPULATION_ID =
      id(PopulationId.class, "population id", PopulationId::parse);
  static final Codec<ActivityId> ACTIVITY_ID =
      id(ActivityId.class, "activity id", ActivityId::parse);
  static final Codec<InputId> INPUT_ID = id(InputId.class, "input id", InputId::parse);
  static final Codec<AnalysisId> ANALYSIS_ID =
      id(AnalysisId.class, "analysis id", AnalysisId::parse);
  static final Codec<DecisionId> DECISION_ID =
      id(DecisionId.class, "decision id", DecisionId::parse);
  static final Codec<TargetId> TARGET_ID = id(TargetId.class, "target id", TargetId::parse);
  static final Codec<AllocationId> ALLOCATION_ID =
      id(AllocationId.class, "allocation id", AllocationId::parse);
  static final Codec<InitiativeId> INITIATIVE_ID =
      id(InitiativeId.class, "initiative id", InitiativeId::parse);
  static final Codec<FeedbackId> FEEDBACK_ID =
      id(FeedbackId.class, "feedback id", FeedbackId::parse);
  static final Codec<SurveyId> SURVEY_ID = id(SurveyId.class, "survey id", SurveyId::parse, true);
  static final Codec<QuestionId> QUESTION_ID =
      id(QuestionId.class, "question id", QuestionId::parse, true);
  static final Codec<ResponseId> RESPONSE_ID =
      id(ResponseId.class, "response id", ResponseId::parse);
  static final Codec<PanelId> PANEL_ID = id(PanelId.class, "panel id", PanelId::parse);
  static final Codec<PriorityId> PRIORITY_ID =
      id(PriorityId.class, "priority id", PriorityId::parse);
  static final Codec<RoleId> ROLE_ID = id(RoleId.class, "role id", RoleId::parse);
  static final Codec<MessageId> MESSAGE_ID = id(MessageId.class, "message id", MessageId::parse);
  static final Codec<CommitmentId> COMMITMENT_ID =
      id(CommitmentId.class, "commitment id", CommitmentId::parse);
  static final Codec<PublicationId> PUBLICATION_ID =
      id(PublicationId.class, "publication id", PublicationId::parse);
  static final Codec<ParticipantId> PARTICIPANT_ID =
      id(ParticipantId.class, "participant id", ParticipantId::parse);

  // Enumerations.
  static final Codec<AreaLevel> AREA_LEVEL = enumeration(AreaLevel.class,
      "The level of an area in the geographic tree: a force area contains boroughs, a borough "
          + "contains wards.");
  static final Codec<StakeholderKind> STAKEHOLDER_KIND = enumeration(StakeholderKind.class,
      "The kind of a stakeholder in the consultation community.");
  static final Codec<CountBasis> COUNT_BASIS = enumeration(CountBasis.class,
      "What a set of demographic counts counts: RESPONDENTS (each person once per dimension) or "
          + "RESPONSES (one person may count in several categories).");
  static final Codec<EngagementLevel> ENGAGEMENT_LEVEL = enumeration(EngagementLevel.class,
      "The geographic and organisational tier at which an activity engages: STRATEGIC "
          + "(service-wide), OPERATIONAL (borough), COMMUNITY (neighbourhood and ward).");
  static final Codec<BoroughTier> BOROUGH_TIER = enumeration(BoroughTier.class,
      "Who is engaged within a borough (2012 CE-1, three-tier borough engagement).");
  static final Codec<InvolvementLevel> INVOLVEMENT = enumeration(InvolvementLevel.class,
      "The spectrum of involvement, in increasing order: INFORM < CONSULT < INVOLVE < "
          + "COLLABORATE < EMPOWER.");
  static final Codec<EngagementMethod> METHOD = enumeration(EngagementMethod.class,
      "How an activity engages; ONLINE_CONSULTATION, ONLINE_DEBATE, WEB_SURVEY and SOCIAL_MEDIA "
          + "are the e-methods, the rest are traditional.");
  static final Codec<ActivityMode> MODE = enumeration(ActivityMode.class,
      "Whether an activity happens once (SINGLE) or runs over a period (CONTINUOUS).");
  static final Codec<Openness> OPENNESS = enumeration(Openness.class,
      "Whether an activity or a panel's meetings are open to the public.");
  static final Codec<Weighting> WEIGHTING = enumeration(Weighting.class,
      "Whether a consultation's results were weighted.");
  static final Codec<ConsiderationOutcome> OUTCOME = enumeration(ConsiderationOutcome.class,
      "What a decision-making body did with a community input it considered; DEFERRED counts "
          + "as considered, not as decided.");
  static final Codec<ResourceType> RESOURCE_TYPE = enumeration(ResourceType.class,
      "The kind of resource an allocation moves.");
  static final Codec<InitiativeKind> INITIATIVE_KIND = enumeration(InitiativeKind.class,
      "Whether an initiative is a longer-running initiative or an operation.");
  static final Codec<FeedbackFormat> FEEDBACK_FORMAT = enumeration(FeedbackFormat.class,
      "The form in which consultation results are fed back.");
  static final Codec<FeedbackStage> FEEDBACK_STAGE = enumeration(FeedbackStage.class,
      "Whether feedback is interim (during a continuous consultation) or final.");
  static final Codec<SurveyPopulation> SURVEY_POPULATION = enumeration(SurveyPopulation.class,
      "Whom a survey asks: PARTICIPANTS (people who took part in engagement) or PUBLIC "
          + "(residents at large).");
  static final Codec<QuestionType> QUESTION_TYPE = enumeration(QuestionType.class,
      "The answer format of a survey question: BINARY (YES, NO, DONT_KNOW), LIKERT_5 (1 to 5, "
          + "5 = strongly agree, or DONT_KNOW), CATEGORICAL (a category code or DONT_KNOW).");
  static final Codec<StandardRole> STANDARD_ROLE = enumeration(StandardRole.class,
      "The standard meaning of a survey question that measures read; at most one question per "
          + "role in a survey, each role expecting one question type.");
  static final Codec<PanelKind> PANEL_KIND = enumeration(PanelKind.class,
      "The kind of a panel or group.");
  static final Codec<MemberCategory> MEMBER_CATEGORY = enumeration(MemberCategory.class,
      "What a panel member represents on the panel.");
  static final Codec<PrioritySource> PRIORITY_SOURCE = enumeration(PrioritySource.class,
      "Who set a neighbourhood priority: LOCAL (agreed by the panel), BOROUGH or CENTRAL "
          + "(prescribed).");
  static final Codec<RoleKind> ROLE_KIND = enumeration(RoleKind.class,
      "A named post that the 2012 quality standards ask boroughs to fill.");
  static final Codec<PublicationKind> PUBLICATION_KIND = enumeration(PublicationKind.class,
      "The kind of a publication: the documents several 2012 standards ask for.");

  /** A category of a demographic dimension. */
  public static final ObjectBinding<DemographicCategory, Slots> DEMOGRAPHIC_CATEGORY =
      ObjectBinding.define(DemographicCategory.class,
              "One category of a demographic dimension; the code NOT_STATED is reserved.",
              Slots::new, s -> DemographicCategory.of(s.get("code"), s.get("label"),
                  s.<Boolean>getOrDefault("compared", true)))
          .required("code", Scalars.textOtherThan(DemographicScheme.NOT_STATED),
              DemographicCategory::code, Slots.set("code"), "The code that counts cite.")
          .required("label", TEXT, DemographicCategory::label, Slots.set("label"),
              "The label for people.")
          .optional("compared", BOOLEAN,
              c -> c.compared() ? Optional.empty() : Optional.of(false), Slots.set("compared"),
              "false when the category is not compared with the reference population: "
                  + "representativeness leaves it out on both sides, while its counts still "
                  + "count as stated (docs/spec/measures.md §1); absent means compared.")
          .build();

  /** A dimension of a demographic scheme. */
  public static final ObjectBinding<DemographicDimension, DemographicDimension.Builder>
      DEMOGRAPHIC_DIMENSION = ObjectBinding.define(DemographicDimension.class,
              "One dimension of a demographic scheme: its code, label, whether it is one of the "
                  + "primary dimensions that measure 3 reads, and its categories in display "
                  + "order.",
              DemographicDimension::builder, DemographicDimension.Builder::build)
          .required("code", TEXT, DemographicDimension::code,
              DemographicDimension.Builder::code, "The code that counts cite, e.g. ETHNICITY.")
          .required("label", TEXT, DemographicDimension::label,
              DemographicDimension.Builder::label, "The label for people.")
          .defaulted("primary", BOOLEAN, DemographicDimension::primary,
              DemographicDimension.Builder::primary,
              "Whether this is a primary dimension, read by measure 3; false by default.")
          .nonEmptyList("categories", DEMOGRAPHIC_CATEGORY, DemographicDimension::categories,
              DemographicDimension.Builder::categories,
              "The categories, in display order, each code once; never empty.")
          .build();

  /** The demographic scheme. */
  public static final ObjectBinding<DemographicScheme, DemographicScheme.Builder> SCHEME =
      ObjectBinding.define(DemographicScheme.class,
              "The demographic dimensions and categories that a dataset's counts and responses "
                  + "use. Every dimension also has the reserved answer NOT_STATED. When absent, "
                  + "the default scheme: the six primary dimensions with the 2021 Census groups.",
              DemographicScheme::builder, DemographicScheme.Builder::build)
          .list("dimensions", DEMOGRAPHIC_DIMENSION, DemographicScheme::dimensions,
              DemographicScheme.Builder::dimensions,
              "The dimensions, in display order, each code once.")
          .build();

  static final ObjectBinding<DimensionCounts, DimensionCounts.Builder> DIMENSION_COUNTS =
      ObjectBinding.define(DimensionCounts.class,
              "The counts of one demographic dimension: category code to count, plus the "
                  + "number who did not state it.",
              DimensionCounts::builder, DimensionCounts.Builder::build)
          .required("dimension", Scalars.CODE, DimensionCounts::dimension,
              DimensionCounts.Builder::dimension, "The dimension's code in the scheme.")
          .entries("counts", map("category code", c -> c, LONG), DimensionCounts::counts,
              DimensionCounts.Builder::putCounts,
              "The count per category code, each zero or more; categories not listed count "
                  + "zero.")
          .defaulted("notStated", LONG, DimensionCounts::notStated,
              DimensionCounts.Builder::notStated,
              "The number who did not state this dimension; 0 by default.")
          .build();

  private static Map<String, Long> orEmpty(@Nullable Map<String, Long> counts) {
    return counts == null ? Map.of() : counts;
  }

  static final ObjectBinding<DemographicCounts, DemographicCounts.Builder> DEMOGRAPHIC_COUNTS =
      ObjectBinding.define(DemographicCounts.class,
              "Aggregate demographic counts of the people at an activity or on a panel, with "
                  + "the basis that says what was counted; never names or identities.",
              DemographicCounts::builder, DemographicCounts.Builder::build)
          .required("basis", COUNT_BASIS, DemographicCounts::basis,
              DemographicCounts.Builder::basis,
              "What was counted: each respondent once per dimension, or each response.")
          .list("dimensions", DIMENSION_COUNTS, DemographicCounts::dimensions,
              DemographicCounts.Builder::dimensions,
              "The counts per dimension, at most one entry per dimension.")
          .build();

  static final ObjectBinding<IssueCategory, Slots> ISSUE_CATEGORY =
      ObjectBinding.define(IssueCategory.class,
              "One category of the dataset's issue taxonomy; inputs, activities, allocations "
                  + "and priorities name their issue by code.",
              Slots::new, s -> IssueCategory.of(s.get("code"), s.get("label")))
          .required("code", TEXT, IssueCategory::code, Slots.set("code"),
              "The code that records cite, e.g. ASB.")
          .required("label", TEXT, IssueCategory::label, Slots.set("label"),
              "The label for people, e.g. Anti-social behaviour.")
          .build();

  static final ObjectBinding<Area, Area.Builder> AREA = ObjectBinding.define(Area.class,
          "A geographic unit with a parent and a level: force area, borough, ward. Areas form a "
              + "tree through parent; a ward may declare a significant business presence.",
          Area::builder, Area.Builder::build)
      .required("id", AREA_ID, Area::id, Area.Builder::id, "The id, preferably the ONS code.")
      .required("name", TEXT, Area::name, Area.Builder::name, "The area's name, for people.")
      .required("level", AREA_LEVEL, Area::level, Area.Builder::level,
          "The level in the area tree.")
      .optional("parent", AREA_ID, Area::parent, Area.Builder::parent,
          "The parent area; absent for the root (usually the force area).")
      .defaulted("businessPresence", BOOLEAN, Area::businessPresence,
          Area.Builder::businessPresence,
          "Whether the area declares a significant business presence; false by default.")
      .build();

  static final ObjectBinding<Stakeholder, Stakeholder.Builder> STAKEHOLDER =
      ObjectBinding.define(Stakeholder.class,
              "A person-representative, group or organisation in the consultation community "
                  + "(2005 strand 1).",
              Stakeholder::builder, Stakeholder.Builder::build)
          .required("id", STAKEHOLDER_ID, Stakeholder::id, Stakeholder.Builder::id, "The id.")
          .required("name", TEXT, Stakeholder::name, Stakeholder.Builder::name,
              "The name of the group or organisation, or the representative's role.")
          .required("kind", STAKEHOLDER_KIND, Stakeholder::kind, Stakeholder.Builder::kind,
              "What kind of stakeholder this is.")
          .required("homeArea", AREA_ID, Stakeholder::homeArea, Stakeholder.Builder::homeArea,
              "The area the stakeholder is based in.")
          .list("areasServed", AREA_ID, Stakeholder::areasServed,
              Stakeholder.Builder::areasServed, "Further areas the stakeholder serves.")
          .list("groups", GROUP_ID, Stakeholder::groups, Stakeholder.Builder::groups,
              "The hard-to-hear groups it represents.")
          .defaulted("contactConsent", BOOLEAN, Stakeholder::contactConsent,
              Stakeholder.Builder::contactConsent,
              "Whether it consented to be contacted; false by default.")
          .optional("lastUpdated", DATE, Stakeholder::lastUpdated,
              Stakeholder.Builder::lastUpdated, "When the register entry was last updated.")
          .build();

  static final ObjectBinding<HardToHearGroup, HardToHearGroup.Builder> HARD_TO_HEAR_GROUP =
      ObjectBinding.define(HardToHearGroup.class,
              "A named group that traditional engagement methods miss, declared for an area; "
                  + "stakeholders cite the groups they represent by id.",
              HardToHearGroup::builder, HardToHearGroup.Builder::build)
          .required("id", GROUP_ID, HardToHearGroup::id, HardToHearGroup.Builder::id, "The id.")
          .required("name", TEXT, HardToHearGroup::name, HardToHearGroup.Builder::name,
              "The group's name.")
          .required("area", AREA_ID, HardToHearGroup::area, HardToHearGroup.Builder::area,
              "The area it is declared for.")
          .optional("description", TEXT, HardToHearGroup::description,
              HardToHearGroup.Builder::description,
              "Who the group is and why it is hard to hear.")
          .build();

  static final ObjectBinding<ReferencePopulation, Slots> REFERENCE_POPULATION =
      ObjectBinding.define(ReferencePopulation.class,
              "An area's population counts on one demographic dimension for one year, usually "
                  + "from the census: the baseline that participation is compared against.",
              Slots::new, Format::referencePopulation)
          .required("id", POPULATION_ID, ReferencePopulation::id, Slots.set("id"), "The id.")
          .required("area", AREA_ID, ReferencePopulation::area, Slots.set("area"),
              "The area counted.")
          .required("year", INT, ReferencePopulation::year, Slots.set("year"),
              "The year of the count, e.g. a census year.")
          .required("dimension", Scalars.CODE, ReferencePopulation::dimension, Slots.set("dimension"),
              "The dimension's code in the scheme.")
          .map("counts", map("category code", c -> c, LONG), ReferencePopulation::counts,
              Slots.set("counts"), "The population per category code, each zero or more.")
          .optional("source", TEXT, ReferencePopulation::source, Slots.set("source"),
              "Where the figures come from, e.g. Census 2021, TS021.")
          .build();

  private static ReferencePopulation referencePopulation(Slots s) {
    ReferencePopulation.Builder builder = ReferencePopulation.builder().id(s.get("id"))
        .area(s.get("area")).year(s.<Integer>get("year")).dimension(s.get("dimension"))
        .counts(orEmpty(s.get("counts")));
    String source = s.get("source");
    if (source != null) {
      builder.source(source);
    }
    return builder.build();
  }

  static final ObjectBinding<EngagementActivity, EngagementActivity.Builder> ACTIVITY =
      ObjectBinding.define(EngagementActivity.class,
              "An engagement activity (2005 strand 2): a meeting, event, consultation or "
                  + "continuous online space where the police and the public meet.",
              EngagementActivity::builder, EngagementActivity.Builder::build)
          .required("id", ACTIVITY_ID, EngagementActivity::id, EngagementActivity.Builder::id,
              "The id.")
          .required("title", TEXT, EngagementActivity::title,
              EngagementActivity.Builder::title, "The title.")
          .required("date", DATE, EngagementActivity::date, EngagementActivity.Builder::date,
              "The date it took place, or started.")
          .optional("endDate", DATE, EngagementActivity::endDate,
              EngagementActivity.Builder::endDate,
              "The end date of a continuous activity, not before date.")
          .required("area", AREA_ID, EngagementActivity::area, EngagementActivity.Builder::area,
              "The area it engages.")
          .required("engagementLevel", ENGAGEMENT_LEVEL, EngagementActivity::engagementLevel,
              EngagementActivity.Builder::engagementLevel,
              "The geographic and organisational tier.")
          .optional("boroughTier", BOROUGH_TIER, EngagementActivity::boroughTier,
              EngagementActivity.Builder::boroughTier,
              "Who within a borough it engages (2012 CE-1).")
          .required("involvement", INVOLVEMENT, EngagementActivity::involvement,
              EngagementActivity.Builder::involvement,
              "Where on the spectrum of involvement it sits.")
          .required("method", METHOD, EngagementActivity::method,
              EngagementActivity.Builder::method, "How it engages.")
          .defaulted("mode", MODE, EngagementActivity::mode, EngagementActivity.Builder::mode,
              "Whether it happens once or runs over a period; SINGLE by default.")
          .required("openness", OPENNESS, EngagementActivity::openness,
              EngagementActivity.Builder::openness, "Whether it is open to the public.")
          .optional("organisingUnit", TEXT, EngagementActivity::organisingUnit,
              EngagementActivity.Builder::organisingUnit,
              "The police unit that organised it.")
          .list("partners", TEXT, EngagementActivity::partners,
              EngagementActivity.Builder::partners, "Partner organisations, by name.")
          .list("issueCategories", TEXT, EngagementActivity::issueCategories,
              EngagementActivity.Builder::issueCategories,
              "The issue categories it is about, by code.")
          .optional("attendance", LONG, EngagementActivity::attendance,
              EngagementActivity.Builder::attendance, "The total attendance, zero or more.")
          .optional("demographics", DEMOGRAPHIC_COUNTS, EngagementActivity::demographics,
              EngagementActivity.Builder::demographics,
              "Aggregate demographics of those who attended.")
          .list("participants", PARTICIPANT_ID, EngagementActivity::participants,
              EngagementActivity.Builder::participants,
              "Pseudonymous ids of participants, for repeat attendance; never names.")
          .defaulted("inForwardSchedule", BOOLEAN, EngagementActivity::inForwardSchedule,
              EngagementActivity.Builder::inForwardSchedule,
              "Whether it was in the published forward schedule; false by default.")
          .optional("announcedDate", DATE, EngagementActivity::announcedDate,
              EngagementActivity.Builder::announcedDate,
              "When it was announced to the public.")
          .optional("panel", PANEL_ID, EngagementActivity::panel,
              EngagementActivity.Builder::panel, "The panel whose meeting this is.")
          .optional("sltAttended", BOOLEAN, EngagementActivity::sltAttended,
              EngagementActivity.Builder::sltAttended,
              "Whether a member of the senior leadership team attended; absent when not "
                  + "recorded (which criteria read as not met).")
          .list("initiatives", INITIATIVE_ID, EngagementActivity::initiatives,
              EngagementActivity.Builder::initiatives,
              "The initiatives and operations it supports.")
          .optional("cost", DECIMAL, EngagementActivity::cost, EngagementActivity.Builder::cost,
              "The cost in pounds sterling, zero or more.")
          .build();

  static final ObjectBinding<CommunityInput, CommunityInput.Builder> INPUT =
      ObjectBinding.define(CommunityInput.class,
              "What the public said (2006 outcome 1): an issue, priority, concern or proposal "
                  + "raised at an activity, with how many people raised or endorsed it.",
              CommunityInput::builder, CommunityInput.Builder::build)
          .required("id", INPUT_ID, CommunityInput::id, CommunityInput.Builder::id, "The id.")
          .required("activity", ACTIVITY_ID, CommunityInput::activity,
              CommunityInput.Builder::activity, "The activity at which it was raised.")
          .required("area", AREA_ID, CommunityInput::area, CommunityInput.Builder::area,
              "The area it concerns.")
          .required("date", DATE, CommunityInput::date, CommunityInput.Builder::date,
              "The date it was raised.")
          .required("issueCategory", TEXT, CommunityInput::issueCategory,
              CommunityInput.Builder::issueCategory,
              "The issue category, a code of the dataset's taxonomy.")
          .required("summary", TEXT, CommunityInput::summary, CommunityInput.Builder::summary,
              "What was said, in brief.")
          .defaulted("support", INT, CommunityInput::support, CommunityInput.Builder::support,
              "How many people raised or endorsed it: one or more; 1 by default.")
          .build();

  static final ObjectBinding<AnalysisRecord, AnalysisRecord.Builder> ANALYSIS =
      ObjectBinding.define(AnalysisRecord.class,
              "How a consultation's results were analysed (2005 strand 3).",
              AnalysisRecord::builder, AnalysisRecord.Builder::build)
          .required("id", ANALYSIS_ID, AnalysisRecord::id, AnalysisRecord.Builder::id, "The id.")
          .required("activity", ACTIVITY_ID, AnalysisRecord::activity,
              AnalysisRecord.Builder::activity, "The consultation analysed.")
          .required("date", DATE, AnalysisRecord::date, AnalysisRecord.Builder::date,
              "The date of the analysis.")
          .required("quantitative", BOOLEAN, AnalysisRecord::quantitative,
              AnalysisRecord.Builder::quantitative,
              "Whether the results were analysed quantitatively.")
          .required("qualitative", BOOLEAN, AnalysisRecord::qualitative,
              AnalysisRecord.Builder::qualitative,
              "Whether the results were analysed qualitatively.")
          .required("weighted", WEIGHTING, AnalysisRecord::weighted,
              AnalysisRecord.Builder::weighted, "Whether the results were weighted.")
          .required("independent", BOOLEAN, AnalysisRecord::independent,
              AnalysisRecord.Builder::independent,
              "Whether the analysis was independent of the police.")
          .build();

  static final ObjectBinding<Consideration, Consideration.Builder> CONSIDERATION =
      ObjectBinding.define(Consideration.class,
              "How a decision-making body treated one community input presented to it (2006 "
                  + "outcome 1, due consideration).",
              Consideration::builder, Consideration.Builder::build)
          .required("input", INPUT_ID, Consideration::input, Consideration.Builder::input,
              "The input considered; one presented in the same decision record.")
          .required("considered", BOOLEAN, Consideration::considered,
              Consideration.Builder::considered, "Whether the decision-makers considered it.")
          .optional("outcome", OUTCOME, Consideration::outcome, Consideration.Builder::outcome,
              "What they decided.")
          .optional("reason", TEXT, Consideration::reason, Consideration.Builder::reason,
              "The reason recorded for the outcome.")
          .optional("evidenceRef", TEXT, Consideration::evidenceRef,
              Consideration.Builder::evidenceRef, "Where the evidence is: minutes, a paper.")
          .build();

  static final ObjectBinding<DecisionRecord, DecisionRecord.Builder> DECISION =
      ObjectBinding.define(DecisionRecord.class,
              "A decision by a named decision-making body, with the community inputs presented "
                  + "to it and, per presented input, a consideration (2006 outcome 1).",
              DecisionRecord::builder, DecisionRecord.Builder::build)
          .required("id", DECISION_ID, DecisionRecord::id, DecisionRecord.Builder::id, "The id.")
          .required("body", TEXT, DecisionRecord::body, DecisionRecord.Builder::body,
              "The decision-making body.")
          .required("area", AREA_ID, DecisionRecord::area, DecisionRecord.Builder::area,
              "The area the decision is for.")
          .required("date", DATE, DecisionRecord::date, DecisionRecord.Builder::date,
              "The date of the decision.")
          .optional("summary", TEXT, DecisionRecord::summary, DecisionRecord.Builder::summary,
              "What was decided, in brief.")
          .list("presentedInputs", INPUT_ID, DecisionRecord::presentedInputs,
              DecisionRecord.Builder::presentedInputs,
              "The inputs presented to the decision-makers.")
          .list("considerations", CONSIDERATION, DecisionRecord::considerations,
              DecisionRecord.Builder::considerations, "How each presented input was treated.")
          .build();

  static final ObjectBinding<LocalPerformanceTarget, LocalPerformanceTarget.Builder> TARGET =
      ObjectBinding.define(LocalPerformanceTarget.class,
              "A local performance target (2005 additional measure 2): set for an area on a "
                  + "date, covering a period, with the community inputs that informed it.",
              LocalPerformanceTarget::builder, LocalPerformanceTarget.Builder::build)
          .required("id", TARGET_ID, LocalPerformanceTarget::id,
              LocalPerformanceTarget.Builder::id, "The id.")
          .required("area", AREA_ID, LocalPerformanceTarget::area,
              LocalPerformanceTarget.Builder::area, "The area the target is for.")
          .required("setDate", DATE, LocalPerformanceTarget::setDate,
              LocalPerformanceTarget.Builder::setDate, "When the target was set.")
          .required("period", PERIOD_CODEC, LocalPerformanceTarget::period,
              LocalPerformanceTarget.Builder::period,
              "The period the target covers: yyyy-mm-dd/yyyy-mm-dd, both days inclusive.")
          .required("metric", TEXT, LocalPerformanceTarget::metric,
              LocalPerformanceTarget.Builder::metric, "What is measured.")
          .required("value", DECIMAL, LocalPerformanceTarget::value,
              LocalPerformanceTarget.Builder::value, "The target value of the metric.")
          .list("informedBy", INPUT_ID, LocalPerformanceTarget::informedBy,
              LocalPerformanceTarget.Builder::informedBy,
              "The community inputs that informed the target.")
          .build();

  static final ObjectBinding<ResourceAllocation, ResourceAllocation.Builder> ALLOCATION =
      ObjectBinding.define(ResourceAllocation.class,
              "A resource allocation (2006 outcome 2): people, money or things moved to an "
                  + "issue, with the decision it implements and the inputs it responds to.",
              ResourceAllocation::builder, ResourceAllocation.Builder::build)
          .required("id", ALLOCATION_ID, ResourceAllocation::id, ResourceAllocation.Builder::id,
              "The id.")
          .required("date", DATE, ResourceAllocation::date, ResourceAllocation.Builder::date,
              "The date of the allocation.")
          .required("area", AREA_ID, ResourceAllocation::area, ResourceAllocation.Builder::area,
              "The area that receives the resource.")
          .required("resourceType", RESOURCE_TYPE, ResourceAllocation::resourceType,
              ResourceAllocation.Builder::resourceType, "The kind of resource.")
          .required("quantity", DECIMAL, ResourceAllocation::quantity,
              ResourceAllocation.Builder::quantity, "How much, in unit; zero or more.")
          .required("unit", TEXT, ResourceAllocation::unit, ResourceAllocation.Builder::unit,
              "The unit: officer hours, posts, GBP, vehicles.")
          .required("issueCategory", TEXT, ResourceAllocation::issueCategory,
              ResourceAllocation.Builder::issueCategory,
              "The issue category, a code of the dataset's taxonomy.")
          .optional("decision", DECISION_ID, ResourceAllocation::decision,
              ResourceAllocation.Builder::decision, "The decision this allocation implements.")
          .list("respondsTo", INPUT_ID, ResourceAllocation::respondsTo,
              ResourceAllocation.Builder::respondsTo,
              "The community inputs it responds to directly.")
          .optional("description", TEXT, ResourceAllocation::description,
              ResourceAllocation.Builder::description, "What was allocated, in brief.")
          .build();

  static final ObjectBinding<Initiative, Initiative.Builder> INITIATIVE =
      ObjectBinding.define(Initiative.class,
              "An initiative or operation (2006 outcome 4); its engagement components are "
                  + "links to activities, recorded here or on the activity's side.",
              Initiative::builder, Initiative.Builder::build)
          .required("id", INITIATIVE_ID, Initiative::id, Initiative.Builder::id, "The id.")
          .required("kind", INITIATIVE_KIND, Initiative::kind, Initiative.Builder::kind,
              "Initiative or operation.")
          .required("name", TEXT, Initiative::name, Initiative.Builder::name, "The name.")
          .required("businessUnit", TEXT, Initiative::businessUnit,
              Initiative.Builder::businessUnit, "The business unit that runs it.")
          .required("area", AREA_ID, Initiative::area, Initiative.Builder::area,
              "The area it covers.")
          .required("start", DATE, Initiative::start, Initiative.Builder::start,
              "The first day.")
          .optional("end", DATE, Initiative::end, Initiative.Builder::end,
              "The last day; absent while ongoing.")
          .list("activities", ACTIVITY_ID, Initiative::activities,
              Initiative.Builder::activities, "Its engagement components: linked activities.")
          .build();

  static final ObjectBinding<InputResponse, Slots> INPUT_RESPONSE =
      ObjectBinding.define(InputResponse.class,
              "What feedback says about one community input: whether it was acted on, and "
                  + "what was done or why not.",
              Slots::new,
              s -> InputResponse.of(s.get("input"), s.<Boolean>get("actedOn"),
                  s.get("explanation")))
          .required("input", INPUT_ID, InputResponse::input, Slots.set("input"),
              "The input answered.")
          .required("actedOn", BOOLEAN, InputResponse::actedOn, Slots.set("actedOn"),
              "Whether it was acted on.")
          .required("explanation", TEXT, InputResponse::explanation, Slots.set("explanation"),
              "What was done, or why not.")
          .build();

  static final ObjectBinding<Feedback, Feedback.Builder> FEEDBACK =
      ObjectBinding.define(Feedback.class,
              "Published feedback to the public on the activities it answers, with the 2012 "
                  + "standard's three parts We asked / You said / We did.",
              Feedback::builder, Feedback.Builder::build)
          .required("id", FEEDBACK_ID, Feedback::id, Feedback.Builder::id, "The id.")
          .required("published", DATE, Feedback::published, Feedback.Builder::published,
              "The date it was published.")
          .required("channel", TEXT, Feedback::channel, Feedback.Builder::channel,
              "Where it was published: a newsletter, a website, a meeting.")
          .required("format", FEEDBACK_FORMAT, Feedback::format, Feedback.Builder::format,
              "Its form.")
          .defaulted("stage", FEEDBACK_STAGE, Feedback::stage, Feedback.Builder::stage,
              "Interim or final; FINAL by default.")
          .list("answers", ACTIVITY_ID, Feedback::answers, Feedback.Builder::answers,
              "The activities and consultations it answers.")
          .optional("weAsked", TEXT, Feedback::weAsked, Feedback.Builder::weAsked,
              "We asked: what the public was asked.")
          .optional("youSaid", TEXT, Feedback::youSaid, Feedback.Builder::youSaid,
              "You said: what the public said.")
          .optional("weDid", TEXT, Feedback::weDid, Feedback.Builder::weDid,
              "We did: what the police did.")
          .list("responses", INPUT_RESPONSE, Feedback::responses, Feedback.Builder::responses,
              "Per input, what was done or why not.")
          .build();

  static final ObjectBinding<Question, Question.Builder> QUESTION =
      ObjectBinding.define(Question.class,
              "A question of a survey: its type, and optionally the standard role that "
                  + "measures read it by.",
              Question::builder, Question.Builder::build)
          .required("id", QUESTION_ID, Question::id, Question.Builder::id,
              "The id, unique within its survey.")
          .required("text", TEXT, Question::text, Question.Builder::text,
              "The question as asked.")
          .required("type", QUESTION_TYPE, Question::type, Question.Builder::type,
              "The answer format.")
          .optional("role", STANDARD_ROLE, Question::role, Question.Builder::role,
              "The standard role measures read it by.")
          .list("categories", TEXT, Question::categories, Question.Builder::categories,
              "The category codes of a CATEGORICAL question.")
          .build();

  static final ObjectBinding<Survey, Survey.Builder> SURVEY = ObjectBinding.define(Survey.class,
          "One wave of a survey instrument, with its population and questions.",
          Survey::builder, Survey.Builder::build)
      .required("id", SURVEY_ID, Survey::id, Survey.Builder::id, "The id of this wave.")
      .required("name", TEXT, Survey::name, Survey.Builder::name, "The instrument's name.")
      .required("wave", TEXT, Survey::wave, Survey.Builder::wave,
          "The wave, e.g. 2012/13 or Q3 2012.")
      .required("population", SURVEY_POPULATION, Survey::population,
          Survey.Builder::population, "Whom it asks.")
      .optional("area", AREA_ID, Survey::area, Survey.Builder::area, "The area surveyed.")
      .list("questions", QUESTION, Survey::questions, Survey.Builder::questions,
          "The questions, in order.")
      .build();

  static final ObjectBinding<SurveyResponse, SurveyResponse.Builder> RESPONSE =
      ObjectBinding.define(SurveyResponse.class,
              "One respondent's answers to a survey wave, with a design weight and the "
                  + "respondent's demographics as one category (or NOT_STATED) per dimension; "
                  + "never identity. A skipped question is absent from answers.",
              SurveyResponse::builder, SurveyResponse.Builder::build)
          .required("id", RESPONSE_ID, SurveyResponse::id, SurveyResponse.Builder::id, "The id.")
          .required("survey", SURVEY_ID, SurveyResponse::survey, SurveyResponse.Builder::survey,
              "The survey wave answered.")
          .required("date", DATE, SurveyResponse::date, SurveyResponse.Builder::date,
              "The date of the interview or submission.")
          .required("area", AREA_ID, SurveyResponse::area, SurveyResponse.Builder::area,
              "The respondent's area.")
          .defaulted("weight", DOUBLE, SurveyResponse::weight, SurveyResponse.Builder::weight,
              "The design weight, greater than 0; 1 by default.")
          .entries("demographics", map("dimension code", c -> c, Scalars.CODE),
              SurveyResponse::demographics, SurveyResponse.Builder::putDemographics,
              "The respondent's category per dimension code, or NOT_STATED.")
          .entries("answers", map("question id", QUESTION_ID, QuestionId::parse, ANSWER),
              SurveyResponse::answers, SurveyResponse.Builder::putAnswers,
              "The answers by question id: YES, NO, DONT_KNOW, 1 to 5 or a category code.")
          .build();

  static final ObjectBinding<PanelMember, PanelMember.Builder> PANEL_MEMBER =
      ObjectBinding.define(PanelMember.class,
              "A member of a panel, by pseudonymous id (never a name).",
              PanelMember::builder, PanelMember.Builder::build)
          .required("member", PARTICIPANT_ID, PanelMember::member, PanelMember.Builder::member,
              "The member's pseudonymous id.")
          .required("category", MEMBER_CATEGORY, PanelMember::category,
              PanelMember.Builder::category, "What the member represents.")
          .required("joined", DATE, PanelMember::joined, PanelMember.Builder::joined,
              "The date the member joined.")
          .optional("left", DATE, PanelMember::left, PanelMember.Builder::left,
              "The date the member left; absent while a member.")
          .optional("induction", DATE, PanelMember::induction, PanelMember.Builder::induction,
              "The date of the member's induction.")
          .build();

  static final ObjectBinding<Panel, Panel.Builder> PANEL = ObjectBinding.define(Panel.class,
          "A panel or group: a ward panel, a borough CPEG, an IAG, a youth panel… with its "
              + "members by pseudonymous id and links to other panels.",
          Panel::builder, Panel.Builder::build)
      .required("id", PANEL_ID, Panel::id, Panel.Builder::id, "The id.")
      .required("kind", PANEL_KIND, Panel::kind, Panel.Builder::kind, "The kind of panel.")
      .required("name", TEXT, Panel::name, Panel.Builder::name, "The name.")
      .required("area", AREA_ID, Panel::area, Panel.Builder::area, "The area it serves.")
      .required("activeFrom", DATE, Panel::activeFrom, Panel.Builder::activeFrom,
          "The first day it was active.")
      .optional("activeTo", DATE, Panel::activeTo, Panel.Builder::activeTo,
          "The last day it was active; absent while active.")
      .required("openness", OPENNESS, Panel::openness, Panel.Builder::openness,
          "Whether its meetings are open to the public.")
      .list("members", PANEL_MEMBER, Panel::members, Panel.Builder::members,
          "Its members, past and present.")
      .optional("membershipDemographics", DEMOGRAPHIC_COUNTS, Panel::membershipDemographics,
          Panel.Builder::membershipDemographics, "Aggregate demographics of the membership.")
      .list("links", PANEL_ID, Panel::links, Panel.Builder::links,
          "Links to other panels, e.g. a ward panel to its CPEG.")
      .build();

  static final ObjectBinding<Priority, Priority.Builder> PRIORITY =
      ObjectBinding.define(Priority.class,
              "A neighbourhood priority set by a panel, in the shape of police.uk's "
                  + "neighbourhood priorities.",
              Priority::builder, Priority.Builder::build)
          .required("id", PRIORITY_ID, Priority::id, Priority.Builder::id, "The id.")
          .required("panel", PANEL_ID, Priority::panel, Priority.Builder::panel,
              "The panel that set it; the priority's area is the panel's.")
          .required("issue", TEXT, Priority::issue, Priority.Builder::issue, "The issue.")
          .optional("category", TEXT, Priority::category, Priority.Builder::category,
              "The issue category, a code of the dataset's taxonomy.")
          .required("source", PRIORITY_SOURCE, Priority::source, Priority.Builder::source,
              "Who set it.")
          .required("setDate", DATE, Priority::setDate, Priority.Builder::setDate,
              "The date it was set (police.uk's issue date).")
          .optional("action", TEXT, Priority::action, Priority.Builder::action,
              "The action taken.")
          .optional("actionDate", DATE, Priority::actionDate, Priority.Builder::actionDate,
              "The date of the action.")
          .build();

  static final ObjectBinding<RoleAssignment, RoleAssignment.Builder> ROLE =
      ObjectBinding.define(RoleAssignment.class,
              "A named post held for an area over a period (2012 standards YE-1, BE-2, CT-1, "
                  + "CT-4).",
              RoleAssignment::builder, RoleAssignment.Builder::build)
          .required("id", ROLE_ID, RoleAssignment::id, RoleAssignment.Builder::id, "The id.")
          .required("role", ROLE_KIND, RoleAssignment::role, RoleAssignment.Builder::role,
              "The post.")
          .optional("title", TEXT, RoleAssignment::title, RoleAssignment.Builder::title,
              "The post's title, needed for OTHER.")
          .required("area", AREA_ID, RoleAssignment::area, RoleAssignment.Builder::area,
              "The area the post is held for.")
          .required("from", DATE, RoleAssignment::from, RoleAssignment.Builder::from,
              "The first day the post was held.")
          .optional("to", DATE, RoleAssignment::to, RoleAssignment.Builder::to,
              "The last day the post was held; absent while held.")
          .optional("holder", PARTICIPANT_ID, RoleAssignment::holder,
              RoleAssignment.Builder::holder, "The holder's pseudonymous id.")
          .build();

  static final ObjectBinding<KeyMessage, KeyMessage.Builder> KEY_MESSAGE =
      ObjectBinding.define(KeyMessage.class,
              "A key message to communities (2012 CE-5), with the four-point quality standard "
                  + "as assessed attributes; an attribute not assessed is absent.",
              KeyMessage::builder, KeyMessage.Builder::build)
          .required("id", MESSAGE_ID, KeyMessage::id, KeyMessage.Builder::id, "The id.")
          .required("date", DATE, KeyMessage::date, KeyMessage.Builder::date,
              "The date it was issued.")
          .required("area", AREA_ID, KeyMessage::area, KeyMessage.Builder::area,
              "The area it was issued for.")
          .required("message", TEXT, KeyMessage::message, KeyMessage.Builder::message,
              "The message.")
          .list("channels", TEXT, KeyMessage::channels, KeyMessage.Builder::channels,
              "The channels used.")
          .optional("accessible", BOOLEAN, KeyMessage::accessible,
              KeyMessage.Builder::accessible, "Whether it was accessible.")
          .optional("consistent", BOOLEAN, KeyMessage::consistent,
              KeyMessage.Builder::consistent, "Whether it was consistent.")
          .optional("timely", BOOLEAN, KeyMessage::timely, KeyMessage.Builder::timely,
              "Whether it was timely.")
          .optional("widestAudience", BOOLEAN, KeyMessage::widestAudience,
              KeyMessage.Builder::widestAudience,
              "Whether it was aimed at the widest audience.")
          .build();

  static final ObjectBinding<Measurement, Slots> MEASUREMENT =
      ObjectBinding.define(Measurement.class,
              "One dated measurement of a commitment's progress, in the commitment's unit.",
              Slots::new, s -> Measurement.of(s.get("date"), s.get("value")))
          .required("date", DATE, Measurement::date, Slots.set("date"), "The date measured.")
          .required("value", DECIMAL, Measurement::value, Slots.set("value"),
              "The value measured.")
          .build();

  static final ObjectBinding<Commitment, Commitment.Builder> COMMITMENT =
      ObjectBinding.define(Commitment.class,
              "A numeric public promise for an area, with a target, a deadline, measurements "
                  + "of progress and the 2012 standard it evidences.",
              Commitment::builder, Commitment.Builder::build)
          .required("id", COMMITMENT_ID, Commitment::id, Commitment.Builder::id, "The id.")
          .required("area", AREA_ID, Commitment::area, Commitment.Builder::area,
              "The area the promise is made for.")
          .required("description", TEXT, Commitment::description,
              Commitment.Builder::description, "What was promised.")
          .optional("standard", TEXT, Commitment::standard, Commitment.Builder::standard,
              "The standard it evidences, e.g. YE-2.")
          .required("target", DECIMAL, Commitment::target, Commitment.Builder::target,
              "The target value, greater than 0.")
          .optional("unit", TEXT, Commitment::unit, Commitment.Builder::unit,
              "The unit of target and measurements.")
          .required("deadline", DATE, Commitment::deadline, Commitment.Builder::deadline,
              "The deadline.")
          .list("measurements", MEASUREMENT, Commitment::measurements,
              Commitment.Builder::measurements, "Measurements of progress.")
          .build();

  static final ObjectBinding<Publication, Publication.Builder> PUBLICATION =
      ObjectBinding.define(Publication.class,
              "A dated document issued for an area, optionally for a panel: the evidence "
                  + "several 2012 standards ask for.",
              Publication::builder, Publication.Builder::build)
          .required("id", PUBLICATION_ID, Publication::id, Publication.Builder::id, "The id.")
          .required("kind", PUBLICATION_KIND, Publication::kind, Publication.Builder::kind,
              "The kind of document.")
          .required("title", TEXT, Publication::title, Publication.Builder::title, "The title.")
          .required("date", DATE, Publication::date, Publication.Builder::date,
              "The date of issue.")
          .required("area", AREA_ID, Publication::area, Publication.Builder::area,
              "The area it was issued for.")
          .optional("panel", PANEL_ID, Publication::panel, Publication.Builder::panel,
              "The panel it was issued for.")
          .build();

  private static final Map<RecordType, Collection<?>> COLLECTIONS = collections();

  private static <T> Codec<T> id(Class<T> type, String kind, Function<String, T> parse) {
    return id(type, kind, parse, false);
  }

  /** A typed id; {@code repeated} for the ids most records refer to ({@link Scalars#id}). */
  private static <T> Codec<T> id(
      Class<T> type, String kind, Function<String, T> parse, boolean repeated) {
    Codec<T> codec = Scalars.id(kind, parse, repeated);
    IDS.add(new Id<>(type, codec));
    return codec;
  }

  /**
   * A typed id and its codec.
   *
   * @param <T> the id type
   */
  public static final class Id<T> {
    private final Class<T> type;
    private final Codec<T> codec;

    Id(Class<T> type, Codec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    /**
     * The id type.
     *
     * @return the class
     */
    public Class<T> type() {
      return type;
    }

    /** {@return the id's codec} */
    public Codec<T> codec() {
      return codec;
    }
  }

  /**
   * Every typed id of the format, for the Jackson module.
   *
   * @return the ids and their codecs
   */
  public static List<Id<?>> ids() {
    return List.copyOf(IDS);
  }

  /**
   * The binding of one record type and its collection in the dataset.
   *
   * @param <T> the record type
   */
  public static final class Collection<T> {
    private final RecordType type;
    private final ObjectBinding<T, ?> binding;

    Collection(RecordType type, ObjectBinding<T, ?> binding) {
      this.type = type;
      this.binding = binding;
    }

    /** {@return the record type} */
    public RecordType type() {
      return type;
    }

    /**
     * The record's codec.
     *
     * @return the binding
     */
    public ObjectBinding<T, ?> binding() {
      return binding;
    }

    void set(EngagementDataset.Builder builder, List<?> records) {
      type.set(builder, records);
    }
  }

  /**
   * Sets the records of one type of a dataset's builder.
   *
   * @param builder the builder
   * @param type the records' type
   * @param records records of that type
   */
  public static void set(EngagementDataset.Builder builder, RecordType type, List<?> records) {
    collection(type).set(builder, records);
  }

  private static Map<RecordType, Collection<?>> collections() {
    Map<RecordType, Collection<?>> out = new EnumMap<>(RecordType.class);
    put(out, RecordType.AREA, AREA);
    put(out, RecordType.ISSUE_CATEGORY, ISSUE_CATEGORY);
    put(out, RecordType.STAKEHOLDER, STAKEHOLDER);
    put(out, RecordType.HARD_TO_HEAR_GROUP, HARD_TO_HEAR_GROUP);
    put(out, RecordType.REFERENCE_POPULATION, REFERENCE_POPULATION);
    put(out, RecordType.ACTIVITY, ACTIVITY);
    put(out, RecordType.INPUT, INPUT);
    put(out, RecordType.ANALYSIS, ANALYSIS);
    put(out, RecordType.DECISION, DECISION);
    put(out, RecordType.TARGET, TARGET);
    put(out, RecordType.ALLOCATION, ALLOCATION);
    put(out, RecordType.INITIATIVE, INITIATIVE);
    put(out, RecordType.FEEDBACK, FEEDBACK);
    put(out, RecordType.SURVEY, SURVEY);
    put(out, RecordType.RESPONSE, RESPONSE);
    put(out, RecordType.PANEL, PANEL);
    put(out, RecordType.PRIORITY, PRIORITY);
    put(out, RecordType.ROLE, ROLE);
    put(out, RecordType.KEY_MESSAGE, KEY_MESSAGE);
    put(out, RecordType.COMMITMENT, COMMITMENT);
    put(out, RecordType.PUBLICATION, PUBLICATION);
    if (out.size() != RecordType.values().length) {
      throw new IllegalStateException("every record type needs a binding");
    }
    return Collections.unmodifiableMap(out);
  }

  private static <T> void put(Map<RecordType, Collection<?>> out, RecordType type,
      ObjectBinding<T, ?> binding) {
    out.put(type, new Collection<>(type, binding));
  }

  /**
   * The binding of one record type.
   *
   * @param type the record type
   * @return its collection's binding
   */
  public static Collection<?> collection(RecordType type) {
    return COLLECTIONS.get(type);
  }

  /**
   * Every codec of a value type, for the Jackson module.
   *
   * @return the bindings of the record types and of the values inside them
   */
  public static List<ObjectBinding<?, ?>> bindings() {
    return List.of(AREA, ISSUE_CATEGORY, STAKEHOLDER, HARD_TO_HEAR_GROUP, REFERENCE_POPULATION,
        ACTIVITY, INPUT, ANALYSIS, DECISION, TARGET, ALLOCATION, INITIATIVE, FEEDBACK, SURVEY,
        RESPONSE, PANEL, PRIORITY, ROLE, KEY_MESSAGE, COMMITMENT, PUBLICATION, SCHEME,
        DEMOGRAPHIC_DIMENSION, DEMOGRAPHIC_CATEGORY, DEMOGRAPHIC_COUNTS, DIMENSION_COUNTS,
        CONSIDERATION, INPUT_RESPONSE, QUESTION, PANEL_MEMBER, MEASUREMENT);
  }
}
