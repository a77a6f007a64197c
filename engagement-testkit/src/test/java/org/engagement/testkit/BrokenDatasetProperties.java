package org.engagement.testkit;

import static org.engagement.testkit.EngagementAssertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.Severity;
import org.engagement.core.validation.ValidationCode;

class BrokenDatasetProperties {

  @Property(tries = 200)
  void everyBrokenDataset_givesItsCode_atItsRecord(@ForAll("all") BrokenDataset broken) {
    ValidationReportAssert report =
        assertThat(DatasetValidator.standard().validate(broken.dataset()));
    IssueAssert issues = broken.expectedCode().severity() == Severity.ERROR
        ? report.hasError(broken.expectedCode())
        : report.hasWarning(broken.expectedCode());
    issues.at(broken.recordId());
  }

  @Property(tries = 30)
  void brokenByOneCode_givesThatCode(@ForAll("unknownReferences") BrokenDataset broken) {
    org.assertj.core.api.Assertions.assertThat(broken.expectedCode())
        .isEqualTo(ValidationCode.UNKNOWN_REFERENCE);
    assertThat(DatasetValidator.standard().validate(broken.dataset()))
        .hasError(ValidationCode.UNKNOWN_REFERENCE).at(broken.recordId());
  }

  @Provide
  Arbitrary<BrokenDataset> all() {
    return Mutations.all();
  }

  @Provide
  Arbitrary<BrokenDataset> unknownReferences() {
    return Mutations.of(ValidationCode.UNKNOWN_REFERENCE);
  }
}
