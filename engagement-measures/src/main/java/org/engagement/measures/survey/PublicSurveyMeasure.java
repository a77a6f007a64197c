package org.engagement.measures.survey;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.core.StandardRole;
import org.engagement.core.SurveyPopulation;
import org.engagement.measures.BaseKind;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.RecordTypes;
import org.engagement.measures.internal.Results;
import org.engagement.measures.internal.SurveyIndicators;
import org.engagement.measures.stats.WeightedProportion;
import org.engagement.measures.survey.SurveyReader.ValidAnswer;

/**
 * A3–A5, the 2005 strategy's measures read from surveys of the public at large, like the
 * Public Attitude Survey (docs/spec/measures.md §3): A3 police listen (POLICE_LISTEN), A4 awareness
 * of engagement methods (AWARE_OF_ENGAGEMENT_METHODS), A5 involvement in policing
 * (INVOLVED_IN_POLICING).
 *
 * <pre>{@code
 * MeasureResult a3 = PublicSurveyMeasure.policeListen().evaluate(data, scope);
 * a3.indicator("lower[POLICE_LISTEN]");   // the 95% Wilson interval's lower bound
 * }</pre>
 *
 * <p><b>Formula</b> (§1). Responses in scope (response date in the period, respondent's area in
 * the subtree, in the scope's surveys if it names any) to surveys whose population is PUBLIC,
 * pooled; {@code score = p = Σ w·y / Σ w} over the valid answers to the question with the role,
 * with its Wilson interval on Kish's effective base. NOT_ASSESSABLE without a valid answer.
 * A3–A5 measure how common something is, not performance against a standard: by default they
 * carry no grade (NOT_RATED, with {@link #NOT_RATED_REASON} as the result's rating note); a
 * scale given by {@link #withRatingScale(RatingScale)} grades them, its base being the unweighted
 * {@code n}. Indicators
 * {@code p[ROLE]}, {@code lower[ROLE]}, {@code upper[ROLE]}, {@code n[ROLE]},
 * {@code nEff[ROLE]}; evidence: the responses read. No gaps: a survey answer is not a record
 * that fails.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublicSurveyMeasure implements Measure<PublicSurveyPartial> {

  /**
   * Why A3–A5 carry no grade by default (docs/spec/measures.md §3): the text of their
   * {@link MeasureResult#ratingNote()}.
   */
  public static final String NOT_RATED_REASON =
      "not rated: a prevalence in the population, not performance against a standard; "
          + "compare it between periods instead (docs/spec/measures.md §3)";

  private static final RatingScale SURVEY_SCALE = RatingScale.notRated(NOT_RATED_REASON);

  private static final Set<RecordType> RECORD_TYPES =
      RecordTypes.of(RecordType.AREA, RecordType.SURVEY, RecordType.RESPONSE);

  private final String code;
  private final String title;
  private final StandardRole role;
  private final RatingScale ratingScale;

  private PublicSurveyMeasure(String code, String title, StandardRole role, RatingScale ratingScale) {
    this.code = code;
    this.title = title;
    this.role = role;
    this.ratingScale = ratingScale;
  }

  /**
   * A3, police listen, not rated by default.
   *
   * @return the measure, never null
   */
  public static PublicSurveyMeasure policeListen() {
    return new PublicSurveyMeasure("A3", "Police listen", StandardRole.POLICE_LISTEN, SURVEY_SCALE);
  }

  /**
   * A4, awareness of engagement methods, not rated by default.
   *
   * @return never null
   */
  public static PublicSurveyMeasure awareness() {
    return new PublicSurveyMeasure(
        "A4", "Awareness of engagement methods", StandardRole.AWARE_OF_ENGAGEMENT_METHODS, SURVEY_SCALE);
  }

  /**
   * A5, involvement in policing, not rated by default.
   *
   * @return never null
   */
  public static PublicSurveyMeasure involvement() {
    return new PublicSurveyMeasure("A5", "Involvement in policing", StandardRole.INVOLVED_IN_POLICING, SURVEY_SCALE);
  }

  /**
   * Returns this measure rated on another scale.
   *
   * @param scale the scale, not null
   * @return a new measure; this one is unaffected
   */
  public PublicSurveyMeasure withRatingScale(RatingScale scale) {
    return new PublicSurveyMeasure(code, title, role, scale);
  }

  /**
   * The question read.
   *
   * @return the role's question in PUBLIC surveys, never null
   */
  public SurveyQuestion question() {
    return SurveyQuestion.of(role).in(SurveyPopulation.PUBLIC);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public RatingScale ratingScale() {
    return ratingScale;
  }

  /**
   * {@inheritDoc}
   *
   * @return areas, responses and their surveys, which give the population and the question with
   *     the role (a scope's surveys are matched by id alone): {@code [AREA, SURVEY, RESPONSE]}
   */
  @Override
  public Set<RecordType> recordTypes() {
    return RECORD_TYPES;
  }

  @Override
  public PublicSurveyPartial emptyPartial() {
    return PublicSurveyPartial.EMPTY;
  }

  @Override
  public PublicSurveyPartial partial(EvaluationContext context, Scope scope, Set<AreaId> areas) {
    List<ValidAnswer> answers = SurveyReader.read(context, scope, question(), areas);
    ImmutablePublicSurveyPartial.Builder out = PublicSurveyPartial.builder().sums(SurveyReader.sum(answers));
    answers.forEach(a -> out.addEvidence(a.response().id().value()));
    return out.build();
  }

  @Override
  public MeasureResult result(EvaluationContext context, Scope scope, PublicSurveyPartial partial) {
    WeightedProportion p = partial.sums().toProportion();
    return Results.mean(
        this,
        scope,
        p.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(p.proportion()),
        p.n(),
        BaseKind.SURVEY_ANSWERS,
        "no valid answer to " + role + " in a public survey in scope",
        SurveyIndicators.of("role", role.name(), p),
        partial.evidence(),
        List.of());
  }

  /**
   * Returns the code, title and scale.
   *
   * @return e.g. {@code A3 Police listen (RatingScale{...})}
   */
  @Override
  public String toString() {
    return code + " " + title + " (" + ratingScale + ")";
  }
}
