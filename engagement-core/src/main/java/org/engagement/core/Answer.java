package org.engagement.core;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One answer in a {@link SurveyResponse}, held as its text token so that any answer can be
 * represented and checked against its question: {@code YES}, {@code NO}, {@code DONT_KNOW} for
 * BINARY questions; {@code 1} to {@code 5} or {@code DONT_KNOW} for LIKERT_5 (5 = strongly agree);
 * a category code or {@code DONT_KNOW} for CATEGORICAL. A skipped question has no answer at all.
 *
 * <pre>{@code
 * Answer.yes();                 // YES
 * Answer.likert(4);             // 4
 * Answer.parse("DONT_KNOW");    // DONT_KNOW
 * }</pre>
 *
 * <p>{@link org.engagement.core.validation.DatasetValidator} reports answers that do not fit
 * their question's type. This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Answer {

  /** The token of a "yes" answer. */
  public static final String YES = "YES";

  /** The token of a "no" answer. */
  public static final String NO = "NO";

  /** The token of a "don't know" answer, valid for every question type. */
  public static final String DONT_KNOW = "DONT_KNOW";

  Answer() {}

  /** Shared instances of the answers that repeat in many records. */
  private static final Canonical<Answer> CANONICAL = new Canonical<>(4096, ImmutableAnswer::of);

  /**
   * Returns the answer with this token.
   *
   * @param token the answer's text, not blank
   * @return the answer, never null
   * @throws IllegalArgumentException if {@code token} is blank
   */
  public static Answer of(String token) {
    return CANONICAL.of(token);
  }

  /**
   * Reads an answer from its text form, the inverse of {@link #toString()}.
   *
   * @param text the answer's text, not blank
   * @return the answer, never null
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static Answer parse(CharSequence text) {
    return of(RecordId.text(text).strip());
  }

  /**
   * Returns {@code YES}.
   *
   * @return the answer, never null
   */
  public static Answer yes() {
    return of(YES);
  }

  /**
   * Returns {@code NO}.
   *
   * @return the answer, never null
   */
  public static Answer no() {
    return of(NO);
  }

  /**
   * Returns {@code DONT_KNOW}.
   *
   * @return the answer, never null
   */
  public static Answer dontKnow() {
    return of(DONT_KNOW);
  }

  /**
   * Returns a point on a Likert scale.
   *
   * @param value the point; 1 to 5 is valid for LIKERT_5 questions (the validator reports others)
   * @return the answer, never null
   */
  public static Answer likert(int value) {
    return of(Integer.toString(value));
  }

  /**
   * Returns a categorical answer.
   *
   * @param code the category code, not blank
   * @return the answer, never null
   */
  public static Answer category(String code) {
    return of(code);
  }

  /**
   * The answer's text.
   *
   * @return the token, not blank
   */
  @Value.Parameter
  public abstract String token();

  /**
   * Whether this is {@code DONT_KNOW}.
   *
   * @return true for "don't know"
   */
  public boolean isDontKnow() {
    return DONT_KNOW.equals(token());
  }

  /**
   * The answer as a whole number, for scale questions.
   *
   * @return the number, or empty when the token is not a whole number
   */
  public OptionalInt intValue() {
    String token = token();
    if (token.isEmpty() || token.length() > 9) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-' && token.length() > 1)) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(Integer.parseInt(token));
  }

  @Value.Check
  void check() {
    if (token().isBlank()) {
      throw new RecordInvariantException("BLANK_TEXT", "", "answer must not be blank");
    }
  }

  /**
   * Returns the token, the form {@link #parse} reads back.
   *
   * @return the token, not blank
   */
  @Override
  public String toString() {
    return token();
  }
}
