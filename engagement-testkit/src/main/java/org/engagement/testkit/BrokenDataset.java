package org.engagement.testkit;

import java.util.Objects;
import java.util.Set;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.validation.ValidationCode;

/**
 * A valid dataset broken by one targeted mutation, with the code the validator must report: an
 * error or, for some codes ({@link ValidationCode#severity()}), a warning.
 *
 * <pre>{@code
 * @Property
 * void validatorFindsEveryError(@ForAll("broken") BrokenDataset broken) {
 *   assertThat(DatasetValidator.standard().validate(broken.dataset()))
 *       .hasError(broken.expectedCode()).at(broken.recordId());
 * }
 * @Provide
 * Arbitrary<BrokenDataset> broken() {
 *   return Mutations.of(ValidationCode.UNKNOWN_REFERENCE);   // or Mutations.all()
 * }
 * }</pre>
 *
 * @param name the mutation's name, e.g. {@code "unknownArea"}
 * @param dataset the broken dataset
 * @param expectedCode the code the validator must report
 * @param recordType the type of a record the code must be reported on
 * @param recordId the id (or issue category code) of that record
 * @param allowedCodes every code the validator may report on the dataset: the expected code and
 *     those the defect triggers by its nature
 */
public record BrokenDataset(String name, EngagementDataset dataset, ValidationCode expectedCode,
    RecordType recordType, String recordId, Set<ValidationCode> allowedCodes) {

  /**
   * Checks that no component is null.
   *
   * @param name the mutation's name
   * @param dataset the broken dataset
   * @param expectedCode the code the validator must report
   * @param recordType the type of a record the code must be reported on
   * @param recordId the id of that record
   * @param allowedCodes every code the validator may report on the dataset
   * @throws NullPointerException if a component is null
   */
  public BrokenDataset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(expectedCode, "expectedCode");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(recordId, "recordId");
    allowedCodes = Set.copyOf(allowedCodes);
  }

  static BrokenDataset of(Mutations.Mutated mutated) {
    return new BrokenDataset(mutated.name(), mutated.dataset(), mutated.code(),
        mutated.recordType(), mutated.recordId(), mutated.allowedCodes());
  }

  /**
   * Returns the mutation's name and the code, which jqwik shows for a generated value.
   *
   * @return e.g. {@code unknownArea → UNKNOWN_REFERENCE at IN-0001}
   */
  @Override
  public String toString() {
    return name + " → " + expectedCode + " at " + recordId;
  }
}
