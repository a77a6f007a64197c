package org.engagement.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordInvariantException;
import org.engagement.core.RecordType;

/**
 * Checks a dataset against every rule at once and returns a {@link ValidationReport}; it never
 * throws on bad data.
 *
 * <pre>{@code
 * ValidationReport report = DatasetValidator.standard().validate(dataset);
 * if (!report.isValid()) {
 *   report.errors().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>The rules, by {@link ValidationCode}:
 *
 * <ul>
 *   <li>single-field constraints of every record (Jakarta, via {@link BeanValidation}):
 *       {@code BLANK_TEXT}, {@code NEGATIVE_VALUE} (counts, quantities, costs),
 *       {@code NOT_POSITIVE} (design weights, commitment targets), {@code BELOW_MINIMUM} (an
 *       input's support), {@code CONSTRAINT_VIOLATED};
 *   <li>ids unique per type: {@code DUPLICATE_ID};
 *   <li>every reference resolves (area, activity, input, decision, initiative, panel, survey,
 *       question, hard-to-hear group): {@code UNKNOWN_REFERENCE}, and issue categories exist in
 *       the taxonomy: {@code UNKNOWN_ISSUE_CATEGORY};
 *   <li>the area tree has no cycle and each parent is at a higher level: {@code AREA_CYCLE},
 *       {@code AREA_LEVEL_ORDER};
 *   <li>dates in order: {@code DATE_ORDER} (an end before its start, a member leaving before
 *       joining, an action before its priority was set), {@code DECISION_BEFORE_INPUT},
 *       {@code FEEDBACK_BEFORE_ACTIVITY};
 *   <li>a consideration names an input presented in the same decision, once:
 *       {@code CONSIDERATION_NOT_PRESENTED}, {@code DUPLICATE_CONSIDERATION};
 *   <li>demographics fit the scheme and the attendance: {@code UNKNOWN_DIMENSION},
 *       {@code UNKNOWN_CATEGORY}, {@code COUNT_EXCEEDS_ATTENDANCE},
 *       {@code DUPLICATE_REFERENCE_POPULATION};
 *   <li>surveys and answers: {@code DUPLICATE_QUESTION_ROLE}, {@code ROLE_TYPE_MISMATCH},
 *       {@code QUESTION_WITHOUT_CATEGORIES}, {@code LIKERT_OUT_OF_RANGE},
 *       {@code ANSWER_TYPE_MISMATCH};
 *   <li>every date of every record lies from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}:
 *       {@code DATE_OUT_OF_RANGE};
 *   <li>totals that measures form stay exact: {@code SUM_OUT_OF_RANGE} (see
 *       {@link ValidationCode#SUM_OUT_OF_RANGE});
 *   <li>warnings of cross-record traps, stories that cannot be true though each record is:
 *       {@code ALLOCATION_FOR_REJECTED_INPUT}, {@code ALLOCATION_BEFORE_DECISION},
 *       {@code ALLOCATION_BEFORE_INPUT}, {@code TARGET_BEFORE_INPUT},
 *       {@code FEEDBACK_BEFORE_INPUT}, {@code INPUT_BEFORE_ACTIVITY},
 *       {@code ANALYSIS_BEFORE_ACTIVITY}.
 * </ul>
 *
 * <p>A record that breaks an invariant of its own type (an area that is its own parent, counts
 * of one dimension that pass the range of a {@code long}, a dimension listed twice) cannot be
 * built: its builder throws {@link org.engagement.core.RecordInvariantException}, whose
 * {@link org.engagement.core.RecordInvariantException#code() code} names the
 * {@link ValidationCode} a reader reports it with ({@link #invariantIssue} makes the issue).
 *
 * <p>Each rule looks records up by id (O(1)), and the rules check each record in one pass over
 * the dataset, so validation is linear in the size of the data and fetches each record from
 * memory once for all of them. Should a rule itself fail, the report says so with
 * {@code VALIDATOR_FAILURE} and the other rules still run.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DatasetValidator {

  private static final DatasetValidator STANDARD =
      new DatasetValidator(
          List.of(
              new ConstraintRule(),
              new StructureRule(),
              new ReferenceRule(),
              new DateRule(),
              new DateRangeRule(),
              new DemographicRule(),
              new AnswerRule(),
              new SumRule(),
              new TrapRule()));

  /**
   * The earliest date a record may carry: 1 January 1900. No record of police-community
   * engagement this SDK measures is older (the strategies it implements date from 2005); an
   * earlier year is a slip of the keyboard ({@code 0212} for {@code 2012}).
   */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  /**
   * The latest date a record may carry: 31 December 2999. Later dates are slips too, and the
   * bound keeps every date that measures and commands derive from a record's dates (the
   * financial year after it, an as-of date some days on, a default period) inside four-digit
   * years, which {@link java.time.LocalDate} holds and ISO 8601 / RFC 3339 text writes and
   * reads back without an expanded year. A date such as {@code +999999999-12-31} would make
   * that arithmetic fail; the validator refuses it instead.
   */
  public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

  private final List<DatasetRule> rules;

  /** A validator of these rules; the standard one is {@link #standard()}. */
  DatasetValidator(List<DatasetRule> rules) {
    this.rules = rules;
  }

  /**
   * Returns the validator with every rule of the SDK.
   *
   * @return the standard validator, never null
   */
  public static DatasetValidator standard() {
    return STANDARD;
  }

  /**
   * Validates a dataset against every rule.
   *
   * @param dataset the dataset, not null
   * @return every issue found, in document order; never null
   * @throws NullPointerException if {@code dataset} is null
   */
  public ValidationReport validate(EngagementDataset dataset) {
    if (dataset == null) {
      throw new NullPointerException("dataset must not be null");
    }
    Issues out = new Issues();
    RecordPass pass = new RecordPass(dataset, out);
    for (DatasetRule rule : rules) {
      pass.begin(rule);
      try {
        rule.check(dataset, out, pass);
      } catch (RuntimeException | StackOverflowError e) {
        pass.failed(e);
      }
    }
    pass.run();
    return ValidationReport.of(out.list());
  }

  /**
   * Checks the rules of one record that need no other record, for readers that see records one
   * at a time (a streaming reader): its single-field constraints and the supported date range.
   * The rules between records need the whole dataset and {@link #validate}.
   *
   * <pre>{@code
   * List<ValidationIssue> issues =
   *     DatasetValidator.standard().validateRecord(RecordType.INPUT, 7, input);
   * }</pre>
   *
   * @param type the record's type, not null
   * @param index the record's position in its collection, 0 or more
   * @param record a record of {@code type}, not null
   * @return the issues with codes {@code BLANK_TEXT}, {@code NEGATIVE_VALUE}, {@code NOT_POSITIVE},
   *     {@code BELOW_MINIMUM}, {@code CONSTRAINT_VIOLATED} or {@code DATE_OUT_OF_RANGE}, in
   *     field order; never null
   * @throws IllegalArgumentException if {@code record} is not a record of type {@code type}
   */
  public List<ValidationIssue> validateRecord(RecordType type, int index, Object record) {
    List<ValidationIssue> out = new ArrayList<>(ConstraintRule.checkRecord(type, index, record));
    try {
      out.addAll(DateRangeRule.checkRecord(type, index, record));
    } catch (ClassCastException e) {
      throw new IllegalArgumentException("not a record of type " + type + ": "
          + record.getClass().getName(), e);
    }
    if (out.size() > 1) {
      out.sort(Comparator.comparing(ValidationIssue::path).thenComparing(ValidationIssue::code)
          .thenComparing(ValidationIssue::message));
    }
    return out;
  }

  /**
   * The issue for a record that could not be built because it breaks an invariant of its type,
   * for readers that build records one at a time and report every problem.
   *
   * <pre>{@code
   * List<ValidationIssue> issues = new ArrayList<>();
   * try {
   *   Area.builder().id(AreaId.of("E05000416")).name("Bishop's").level(AreaLevel.WARD)
   *       .parent(AreaId.of("E05000416")).build();
   * } catch (RecordInvariantException e) {
   *   issues.add(DatasetValidator.invariantIssue(RecordType.AREA, 3, "E05000416", e));
   * }
   * }</pre>
   *
   * @param type the record's type, not null
   * @param index the record's position in its collection, 0 or more
   * @param id the record's id, or null when it is not known
   * @param e the exception a builder threw, not null
   * @param within the fields from the record to the value whose builder threw (for example
   *     {@code "demographics", "dimensions", "0"} for a dimension's counts), none for the record
   * @return an issue with the exception's code, its field below the record, and its message
   */
  public static ValidationIssue invariantIssue(
      RecordType type, int index, String id, RecordInvariantException e, String... within) {
    ValidationCode code;
    try {
      code = ValidationCode.valueOf(e.code());
    } catch (IllegalArgumentException unknown) {
      code = ValidationCode.CONSTRAINT_VIOLATED;
    }
    List<String> field = new ArrayList<>(List.of(within));
    if (!e.field().isEmpty()) {
      field.addAll(List.of(e.field().split("\\.")));
    }
    IssuePath.Builder path = IssuePath.builder().recordType(type).index(index).addAllField(field);
    if (id != null) {
      path.recordId(id);
    }
    return ValidationIssue.of(code, path.build(), e.getMessage());
  }

  /**
   * Whether a date lies in the supported range, {@link #EARLIEST_DATE} to {@link #LATEST_DATE}
   * (both inclusive), as every date of a valid dataset does.
   *
   * @param date the date, not null
   * @return true when it does
   */
  public static boolean isSupported(LocalDate date) {
    return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
  }

  @Override
  public String toString() {
    return "DatasetValidator[" + rules.size() + " rule families]";
  }
}
