package org.engagement.testkit;

import org.assertj.core.api.AbstractAssert;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.validation.DatasetValidator;

/**
 * Assertions on an {@link EngagementDataset}, in the AssertJ style.
 *
 * <pre>{@code
 * assertThat(data).hasRecordCount(RecordType.INPUT, 2).isValid();
 * assertThat(data).validation().hasError(ValidationCode.DATE_ORDER);
 * }</pre>
 */
public final class DatasetAssert extends AbstractAssert<DatasetAssert, EngagementDataset> {

  DatasetAssert(EngagementDataset actual) {
    super(actual, DatasetAssert.class);
  }

  /**
   * Verifies the number of records of one type.
   *
   * @param type the record type, not null
   * @param expected the number of records
   * @return this assertion, for chaining
   * @throws AssertionError if there are more or fewer
   */
  public DatasetAssert hasRecordCount(RecordType type, int expected) {
    isNotNull();
    int count = actual.count(type);
    if (count != expected) {
      failWithMessage("%s", "Expected " + expected + " " + type.collection() + " but the dataset has "
          + count);
    }
    return myself;
  }

  /**
   * Verifies that the standard {@link DatasetValidator} finds no error.
   *
   * @return this assertion, for chaining
   * @throws AssertionError if it finds one; the message lists the errors
   */
  public DatasetAssert isValid() {
    validation().isValid();
    return myself;
  }

  /**
   * Runs the standard {@link DatasetValidator} and gives its report.
   *
   * @return an assertion on the report
   */
  public ValidationReportAssert validation() {
    isNotNull();
    return new ValidationReportAssert(DatasetValidator.standard().validate(actual))
        .as("the validation of the dataset");
  }
}
