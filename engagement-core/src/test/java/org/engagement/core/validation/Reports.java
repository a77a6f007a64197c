package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.testkit.SampleDataset;

/** Shortcuts for the rule tests: validate, and pick the one issue of a code. */
final class Reports {

  private Reports() {}

  static ValidationReport validate(EngagementDataset dataset) {
    return DatasetValidator.standard().validate(dataset);
  }

  /** A builder holding the sample dataset, to which a test adds its one record. */
  static EngagementDataset.Builder sample() {
    return EngagementDataset.builder().from(SampleDataset.lambeth());
  }

  /** Asserts that the report holds exactly one issue with {@code code} and returns it. */
  static ValidationIssue single(ValidationReport report, ValidationCode code) {
    List<ValidationIssue> found = report.issues(code);
    assertThat(found).as("issues with code %s in %s", code, report).hasSize(1);
    return found.get(0);
  }

  /** Asserts that the report holds no issue at all. */
  static void assertClean(ValidationReport report) {
    assertThat(report.issues()).as("%s", report).isEmpty();
  }
}
