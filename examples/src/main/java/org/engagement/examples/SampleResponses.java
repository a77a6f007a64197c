package org.engagement.examples;

import static org.engagement.examples.SampleSurveys.CHANNELS;
import static org.engagement.examples.SampleSurveys.PAS_AGE_PROPENSITY;
import static org.engagement.examples.SampleSurveys.PAS_ETHNIC_PROPENSITY;
import static org.engagement.examples.SampleSurveys.PAS_GENDER_PROPENSITY;
import static org.engagement.examples.SampleSurveys.PAS_MAX_PER_WARD;
import static org.engagement.examples.SampleSurveys.PAS_MIN_PER_WARD;
import static org.engagement.examples.SampleSurveys.PAS_RESIDENTS_PER_EXTRA;
import static org.engagement.examples.SampleSurveys.PAS_SMALL_WARD;
import static org.engagement.examples.SampleSurveys.PUBLIC_LIKERT;
import static org.engagement.examples.SampleSurveys.binary;
import static org.engagement.examples.SampleSurveys.likert;
import static org.engagement.examples.SampleSurveys.participantSurvey;
import static org.engagement.examples.SampleSurveys.pick;
import static org.engagement.examples.SampleSurveys.postStratify;
import static org.engagement.examples.SampleSurveys.publicSurvey;
import static org.engagement.examples.SampleWards.AGE;
import static org.engagement.examples.SampleWards.DIMENSIONS;
import static org.engagement.examples.SampleWards.ETHNICITY;
import static org.engagement.examples.SampleWards.GENDER;
import static org.engagement.examples.SampleWards.codes;
import static org.engagement.examples.SampleWards.weighted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.engagement.core.Answer;
import org.engagement.core.DemographicScheme;
import org.engagement.core.QuestionId;
import org.engagement.core.ResponseId;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyResponse;
import org.engagement.examples.SampleRecords.Family;
import org.engagement.examples.SampleWards.Practice;
import org.engagement.examples.SampleWards.Ward;

/**
 * The sample's survey responses: each year's participant survey and Public Attitude Survey,
 * with every ward's responses to each, drawn from the ward's own stream of that year and
 * survey. {@link SampleSurveys} holds the surveys and the arithmetic of their answers.
 */
final class SampleResponses extends SamplePart {

  SampleResponses(SampleRecords records) {
    super(records);
  }

  /** Adds each year's two surveys, then every ward's participant and public responses. */
  void build() {
    for (SampleYear y : SampleYear.BOTH) {
      data.addSurveys(participantSurvey(records.survey(y.participantSurvey()), y.label()),
          publicSurvey(records.survey(y.publicSurvey()), y.label()));
      records.eachWard((w, index) -> participantResponses(w, index, y));
      records.eachWard((w, index) -> publicResponses(w, index, y));
    }
  }

  /** Participants of a ward's meetings answer in February and March, as many as practised. */
  private void participantResponses(Ward w, int index, SampleYear y) {
    Practice p = w.practice(y.index());
    RandomGenerator g = records.stream(index, y, Family.PARTICIPANT_SURVEY);
    int yes = p.satisfaction;
    for (int i = 0; i < p.surveyed; i++) {
      SurveyResponse.Builder r =
          response(records.survey(y.participantSurvey()), w, y.on(2, 18).plusDays(g.nextInt(35)), 1.0,
              respondent(g, dimension -> w.attendees(dimension, p)))
              .putAnswers(QuestionId.of("PS1"), binary(g, yes))
              .putAnswers(QuestionId.of("PS3"), likert(g, yes))
              .putAnswers(QuestionId.of("PS4"),
                  Answer.category(CHANNELS.get(g.nextInt(CHANNELS.size()))));
      if (g.nextInt(20) > 0) {
        r.putAnswers(QuestionId.of("PS2"), binary(g, yes - 15));
      }
      data.addResponses(r.build());
    }
  }

  /**
   * The ward's residents interviewed through the year: 30 in a ward of 13,000 people or fewer,
   * one more for every further 150, at most 50. More say the police listen in 2012/13 across
   * the borough, and more still where practice improved; Black residents and young residents
   * are less likely to agree than others.
   *
   * <p>As in a real survey, some residents answer more readily than others: the achieved
   * sample over-represents older, female and White residents ({@link
   * SampleSurveys#PAS_AGE_PROPENSITY}, {@link SampleSurveys#PAS_GENDER_PROPENSITY}, {@link
   * SampleSurveys#PAS_ETHNIC_PROPENSITY}). Each response carries a post-stratification weight by
   * age band × gender: the cell's census share in the ward (age share × gender share, adults
   * only) over its share of the ward's achieved sample, then all weights of the ward scaled to
   * mean 1, rounded to four decimals. A respondent who did not state age or gender is in no
   * cell and has weight 1 before scaling. Ethnicity is not weighted, so its skew remains, as it
   * would after a weighting by age and gender only.
   */
  private void publicResponses(Ward w, int index, SampleYear y) {
    Practice p = w.practice(y.index());
    RandomGenerator g = records.stream(index, y, Family.PUBLIC_SURVEY);
    int agree = y.publicAgree() + p.satisfaction / 4;
    int size = (int) Math.max(PAS_MIN_PER_WARD, Math.min(PAS_MAX_PER_WARD,
        PAS_MIN_PER_WARD + (w.population() - PAS_SMALL_WARD) / PAS_RESIDENTS_PER_EXTRA));
    List<Map<String, String>> sample = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      sample.add(respondent(g, dimension -> dimension.equals(AGE)
          ? weighted(w.age(), PAS_AGE_PROPENSITY)
          : dimension.equals(GENDER)
              ? weighted(w.census(dimension), PAS_GENDER_PROPENSITY)
              : weighted(w.census(dimension), PAS_ETHNIC_PROPENSITY)));
    }
    List<Double> weights = postStratify(w, sample);
    for (int i = 0; i < size; i++) {
      Map<String, String> demographics = sample.get(i);
      int agreeHere = agree
          - (demographics.get(ETHNICITY).equals("BLACK") ? 12 : 0)
          - (demographics.get(AGE).equals("AGE_16_24") ? 8 : 0);
      SurveyResponse.Builder r =
          response(records.survey(y.publicSurvey()), w, y.period().from().plusDays(g.nextInt(365)),
              weights.get(i), demographics)
              .putAnswers(QuestionId.of("Q2"), binary(g, agreeHere - 20))
              .putAnswers(QuestionId.of("Q3"), binary(g, p.satisfaction / 8));
      for (String q : PUBLIC_LIKERT) {
        r.putAnswers(QuestionId.of(q), likert(g, agreeHere));
      }
      data.addResponses(r.build());
    }
  }

  /** A respondent's category of each dimension, drawn from a profile; one in 20 not stated. */
  private Map<String, String> respondent(RandomGenerator g, Function<String, int[]> profile) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String dimension : DIMENSIONS) {
      out.put(dimension,
          g.nextInt(20) == 0 ? DemographicScheme.NOT_STATED
              : pick(g, codes(dimension), profile.apply(dimension)));
    }
    return out;
  }

  private SurveyResponse.Builder response(SurveyId survey, Ward w, LocalDate date,
      double weight, Map<String, String> demographics) {
    return SurveyResponse.builder()
        .id(ResponseId.of(records.next("R")))
        .survey(survey)
        .date(date)
        .area(w.id())
        .weight(weight)
        .putAllDemographics(demographics);
  }
}
