package org.engagement.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.testkit.EngagementAssertions.assertThat;

import org.engagement.core.RecordType;
import org.engagement.core.validation.ValidationCode;
import org.engagement.json.EngagementJson;
import org.engagement.json.JsonCode;
import org.engagement.json.JsonFeature;
import org.engagement.json.ReadResult;
import org.junit.jupiter.api.Test;

class ReadResultAssertTest {

  static ReadResult read(org.engagement.core.EngagementDataset data) {
    EngagementJson json = EngagementJson.standard();
    return json.readString(json.writeString(data));
  }

  @Test
  void validDocument_passes() {
    assertThat(read(TestDatasets.minimal())).isValid().hasNoWarnings().dataset()
        .hasRecordCount(RecordType.ACTIVITY, 1);
  }

  @Test
  void danglingReference_isAtItsPointer() {
    ReadResult result = read(ValidationReportAssertTest.dangling());
    assertThat(result).hasErrorCount(1)
        .hasError(ValidationCode.UNKNOWN_REFERENCE).at("/inputs/1/activity");
    assertThatThrownBy(() -> assertThat(result).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ERROR UNKNOWN_REFERENCE /inputs/1/activity");
    assertThatThrownBy(() -> assertThat(result)
            .hasError(ValidationCode.UNKNOWN_REFERENCE).at("/inputs/0/activity"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but it is at")
        .hasMessageContaining("/inputs/1/activity");
  }

  @Test
  void jsonCodes_areTyped() {
    EngagementJson lenient = EngagementJson.standard().enable(JsonFeature.ALLOW_UNKNOWN_PROPERTIES);
    String json = EngagementJson.standard().writeString(TestDatasets.minimal())
        .replaceFirst("\\{", "{\"colour\": \"blue\",");
    ReadResult result = lenient.readString(json);
    assertThat(result).isValid().hasWarning(JsonCode.UNKNOWN_PROPERTY).at("/colour");
    assertThatThrownBy(() -> assertThat(result).hasError(JsonCode.UNKNOWN_PROPERTY))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("an ERROR UNKNOWN_PROPERTY but it has none")
        .hasMessageContaining("WARNING UNKNOWN_PROPERTY /colour");
  }
}
