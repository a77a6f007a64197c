package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.engagement.core.RecordType;
import org.junit.jupiter.api.Test;

class IssuePathTest {

  @Test
  void of_keepsTypeIndexIdAndFieldSegments() {
    IssuePath path = IssuePath.of(RecordType.DECISION, 2, "DEC-0003", "considerations", "0",
        "input");

    assertThat(path.recordType()).contains(RecordType.DECISION);
    assertThat(path.index()).contains(2);
    assertThat(path.recordId()).contains("DEC-0003");
    assertThat(path.field()).containsExactly("considerations", "0", "input");
  }

  @Test
  void toString_recordField_namesCollectionPositionIdAndField() {
    assertThat(IssuePath.of(RecordType.DECISION, 2, "DEC-0003", "considerations", "0", "input"))
        .hasToString("decisions[2](DEC-0003).considerations[0].input");
  }

  @Test
  void toString_mapKey_isAPropertySegment() {
    assertThat(IssuePath.of(RecordType.ACTIVITY, 3, "ACT-0004", "demographics", "dimensions", "0",
        "counts", "WHITE"))
        .hasToString("activities[3](ACT-0004).demographics.dimensions[0].counts.WHITE");
  }

  @Test
  void toString_wholeRecord_hasNoField() {
    assertThat(IssuePath.of(RecordType.ISSUE_CATEGORY, 1, "ASB"))
        .hasToString("issueCategories[1](ASB)");
  }

  @Test
  void toString_datasetItself_startsWithDataset() {
    assertThat(IssuePath.builder().addField("scheme", "dimensions", "2", "code").build())
        .hasToString("dataset.scheme.dimensions[2].code");
  }

  @Test
  void compareTo_ordersByRecordTypeThenPositionThenField() {
    IssuePath dataset = IssuePath.builder().addField("scheme").build();
    IssuePath area = IssuePath.of(RecordType.AREA, 5, "W", "parent");
    IssuePath activity1 = IssuePath.of(RecordType.ACTIVITY, 1, "A", "title");
    IssuePath activity2Area = IssuePath.of(RecordType.ACTIVITY, 2, "B", "area");
    IssuePath activity2Title = IssuePath.of(RecordType.ACTIVITY, 2, "B", "title");
    IssuePath activity10 = IssuePath.of(RecordType.ACTIVITY, 10, "C");
    IssuePath publication = IssuePath.of(RecordType.PUBLICATION, 0, "P");
    List<IssuePath> expected = List.of(dataset, area, activity1, activity2Area, activity2Title,
        activity10, publication);

    List<IssuePath> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);

    assertThat(shuffled).containsExactlyElementsOf(expected);
  }

  @Test
  void compareTo_positionsInsideARecord_compareAsNumbers() {
    IssuePath second = IssuePath.of(RecordType.FEEDBACK, 0, "FB", "answers", "2");
    IssuePath tenth = IssuePath.of(RecordType.FEEDBACK, 0, "FB", "answers", "10");

    assertThat(second).isLessThan(tenth);
    assertThat(tenth).isGreaterThan(second);
  }

  @Test
  void compareTo_listIndexesBeforeNames() {
    IssuePath index = IssuePath.of(RecordType.RESPONSE, 0, "R", "answers", "9");
    IssuePath name = IssuePath.of(RecordType.RESPONSE, 0, "R", "answers", "Q1");

    assertThat(index).isLessThan(name);
  }

  @Test
  void compareTo_wholeRecordBeforeItsFields() {
    IssuePath record = IssuePath.of(RecordType.INPUT, 0, "IN");
    IssuePath field = IssuePath.of(RecordType.INPUT, 0, "IN", "activity");
    IssuePath nested = IssuePath.of(RecordType.INPUT, 0, "IN", "activity", "x");

    assertThat(record).isLessThan(field);
    assertThat(field).isLessThan(nested);
  }

  @Test
  void compareTo_samePlace_isZero() {
    assertThat(IssuePath.of(RecordType.INPUT, 4, "IN", "date"))
        .isEqualByComparingTo(IssuePath.of(RecordType.INPUT, 4, "IN", "date"));
  }
}
