package org.engagement.examples;

import static org.engagement.examples.SampleWards.ADULT_AGE_SKEW;
import static org.engagement.examples.SampleWards.AGE;
import static org.engagement.examples.SampleWards.codes;
import static org.engagement.examples.SampleWards.weighted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.engagement.core.Answer;
import org.engagement.core.DemographicScheme;
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.QuestionType;
import org.engagement.core.StandardRole;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyPopulation;
import org.engagement.examples.SampleWards.Ward;

/**
 * The sample's two surveys and the arithmetic of their answers: the participant survey, the
 * Public Attitude Survey with its skewed achieved sample and post-stratification weights, and
 * the draws of yes/no, Likert and categorical answers. {@link SampleResponses} makes the
 * responses; this class holds what does not depend on their state.
 */
final class SampleSurveys {

  /** How participants heard about the meeting: the categories of question PS4. */
  static final List<String> CHANNELS =
      List.of("NEWSLETTER", "SOCIAL_MEDIA", "POSTER", "WORD_OF_MOUTH");
  /** The Public Attitude Survey's agree/disagree questions. */
  static final List<String> PUBLIC_LIKERT = List.of("Q1", "Q4", "Q5", "Q6", "Q7", "Q8");
  /**
   * How readily residents of each age band answer the Public Attitude Survey, as a weight on
   * the census share: adults only, older residents more readily.
   */
  static final int[] PAS_AGE_PROPENSITY = {0, 55, 80, 100, 130, 150};
  /** How readily women, men and others answer it: women more readily. */
  static final int[] PAS_GENDER_PROPENSITY = {125, 100, 100};
  /** How readily residents of each ethnic group answer it: White residents more readily. */
  static final int[] PAS_ETHNIC_PROPENSITY = {85, 85, 85, 120, 85};
  /** Public Attitude Survey respondents in a ward of {@link #PAS_SMALL_WARD} or fewer. */
  static final int PAS_MIN_PER_WARD = 30;
  /** The most Public Attitude Survey respondents in one ward. */
  static final int PAS_MAX_PER_WARD = 50;
  /** The population up to which a ward has the fewest survey respondents. */
  static final long PAS_SMALL_WARD = 13_000;
  /** Residents beyond {@link #PAS_SMALL_WARD} per extra survey respondent. */
  static final long PAS_RESIDENTS_PER_EXTRA = 150;

  private SampleSurveys() {}

  static Survey participantSurvey(SurveyId id, String wave) {
    return Survey.builder()
        .id(id).name("Lambeth engagement participant survey")
        .wave(wave).population(SurveyPopulation.PARTICIPANTS)
        .addQuestions(
            question("PS1", "Did you hear back about what was done with your views?",
                StandardRole.FEEDBACK_RECEIVED),
            question("PS2", "Can you name something that changed because of what local"
                + " people said?", StandardRole.CAN_CITE_CHANGE),
            question("PS3", "Taking part was worthwhile",
                StandardRole.CONTRIBUTION_WORTHWHILE),
            Question.builder().id(QuestionId.of("PS4"))
                .text("How did you hear about the meeting?")
                .type(QuestionType.CATEGORICAL)
                .addAllCategories(CHANNELS)
                .build())
        .build();
  }

  static Survey publicSurvey(SurveyId id, String wave) {
    return Survey.builder()
        .id(id).name("Public Attitude Survey, Lambeth sample")
        .wave(wave).population(SurveyPopulation.PUBLIC)
        .addQuestions(
            question("Q1", "The police listen to the concerns of local people",
                StandardRole.POLICE_LISTEN),
            question("Q2", "Do you know how to get involved in local policing?",
                StandardRole.AWARE_OF_ENGAGEMENT_METHODS),
            question("Q3", "Have you been involved in local policing in the past year?",
                StandardRole.INVOLVED_IN_POLICING),
            question("Q4", "The police do a good job in this area", StandardRole.CONFIDENCE),
            question("Q5", "The police keep people in this area well informed",
                StandardRole.WELL_INFORMED),
            question("Q6", "The police treat everyone fairly", StandardRole.TREAT_FAIRLY),
            question("Q7", "The police can be relied upon when needed",
                StandardRole.RELIED_UPON),
            question("Q8", "The police deal with the things that matter to this community",
                StandardRole.DEAL_WITH_WHAT_MATTERS))
        .build();
  }

  private static Question question(String id, String text, StandardRole role) {
    return Question.builder().id(QuestionId.of(id)).text(text).type(role.expectedType())
        .role(role).build();
  }

  /**
   * Post-stratification weights of a ward's achieved sample by age band × gender: a
   * respondent's weight is the cell's census share in the ward (adult age share × gender share)
   * over the cell's share of the respondents who stated both; one who did not state both weighs
   * 1; then all are scaled to mean 1 and rounded to four decimals.
   *
   * @param w the ward, not null
   * @param sample the respondents' demographics by dimension code, not null
   * @return one positive weight per respondent, in order, never null
   */
  static List<Double> postStratify(Ward w, List<Map<String, String>> sample) {
    List<String> ages = codes(AGE);
    List<String> genders = codes(SampleWards.GENDER);
    int[] adults = weighted(w.age(), ADULT_AGE_SKEW);
    int[] gender = w.census(SampleWards.GENDER);
    double adultTotal = Arrays.stream(adults).sum();
    double genderTotal = Arrays.stream(gender).sum();
    Map<String, Integer> cells = new HashMap<>();
    int inCells = 0;
    for (Map<String, String> respondent : sample) {
      String cell = cell(respondent);
      if (cell != null) {
        cells.merge(cell, 1, Integer::sum);
        inCells++;
      }
    }
    List<Double> raw = new ArrayList<>();
    for (Map<String, String> respondent : sample) {
      String cell = cell(respondent);
      if (cell == null) {
        raw.add(1.0);
      } else {
        double census = adults[ages.indexOf(respondent.get(AGE))] / adultTotal
            * gender[genders.indexOf(respondent.get(SampleWards.GENDER))] / genderTotal;
        raw.add(census / ((double) cells.get(cell) / inCells));
      }
    }
    double mean = raw.stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
    return raw.stream()
        .map(weight -> Math.round(weight / mean * 10_000) / 10_000.0)
        .toList();
  }

  /** A respondent's age band × gender cell, or null when either is not stated. */
  private static String cell(Map<String, String> respondent) {
    String age = respondent.get(AGE);
    String gender = respondent.get(SampleWards.GENDER);
    if (age.equals(DemographicScheme.NOT_STATED) || gender.equals(DemographicScheme.NOT_STATED)) {
      return null;
    }
    return age + "/" + gender;
  }

  /** Yes with the given chance, no otherwise; one in 25 does not know. */
  static Answer binary(RandomGenerator g, int percentYes) {
    if (g.nextInt(25) == 0) {
      return Answer.dontKnow();
    }
    return g.nextInt(100) < percentYes ? Answer.yes() : Answer.no();
  }

  /** Agree (4 or 5) with the given chance, 1 to 3 otherwise; one in 25 does not know. */
  static Answer likert(RandomGenerator g, int percentAgree) {
    if (g.nextInt(25) == 0) {
      return Answer.dontKnow();
    }
    return g.nextInt(100) < percentAgree
        ? Answer.likert(4 + g.nextInt(2))
        : Answer.likert(1 + g.nextInt(3));
  }

  static String pick(RandomGenerator g, List<String> codes, int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int draw = g.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return codes.get(i);
      }
    }
    throw new IllegalStateException("weights must add up to more than 0");
  }
}
