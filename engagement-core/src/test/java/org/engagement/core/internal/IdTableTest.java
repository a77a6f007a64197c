package org.engagement.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdTableTest {

  @Test
  void add_manyIds_keepsThePositionAndDateOfTheFirstOfEach() {
    IdTable table = IdTable.of(true);
    for (int i = 0; i < 10_000; i++) {
      assertThat(table.add("IN-" + i, i, 15_000L + i)).isEqualTo(IdTable.ABSENT);
    }

    assertThat(table.add("IN-42", 10_001, 1L)).isEqualTo(42);
    int entry = table.find("IN-42");
    assertThat(entry).isNotEqualTo(IdTable.ABSENT);
    assertThat(table.day(entry)).isEqualTo(15_042L);
    assertThat(table.contains("IN-9999")).isTrue();
    assertThat(table.contains("IN-10000")).isFalse();
    assertThat(table).hasToString("IdTable[10000 ids, dated]");
  }

  @Test
  void add_idsWithTheSameHash_areKeptApart() {
    IdTable table = IdTable.of(false);
    // "Aa" and "BB" have the same String hash code.
    table.add("Aa", 0, 0);
    table.add("BB", 1, 0);

    assertThat(table.add("BB", 2, 0)).isEqualTo(1);
    assertThat(table.add("Aa", 3, 0)).isEqualTo(0);
    assertThat(table.contains("AaBB")).isFalse();
  }

  @Test
  void add_theFirstRecord_isFoundAtPositionZero() {
    // position 0 and an id whose hash code is 0 ("") must not look like "none"
    IdTable table = IdTable.of(false, 4);
    assertThat(table.add("", 0, 0)).isEqualTo(IdTable.ABSENT);
    assertThat(table.add("A-1", 1, 0)).isEqualTo(IdTable.ABSENT);

    assertThat(table.contains("")).isTrue();
    assertThat(table.add("", 7, 0)).isZero();
    assertThat(table.add("A-1", 8, 0)).isEqualTo(1);
  }

  @Test
  void of_expected_holdsMoreIdsThanExpected() {
    IdTable table = IdTable.of(true, 10);
    for (int i = 0; i < 5_000; i++) {
      assertThat(table.add("R-" + i, i, i)).isEqualTo(IdTable.ABSENT);
    }

    for (int i = 0; i < 5_000; i++) {
      assertThat(table.add("R-" + i, 5_000 + i, -1)).isEqualTo(i);
      assertThat(table.day(table.find("R-" + i))).isEqualTo(i);
    }
    assertThat(table.find("R-5000")).isEqualTo(IdTable.ABSENT);
    assertThat(table).hasToString("IdTable[5000 ids, dated]");
  }

  @Test
  void of_expected_outOfRange_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> IdTable.of(false, -1))
        .withMessageContaining("-1");
    assertThatIllegalArgumentException().isThrownBy(() -> IdTable.of(false, (1 << 28) + 1));
    assertThat(IdTable.of(false, 0).contains("A")).isFalse();
  }

  @Test
  void of_expected_hasBucketsForTheIdsAndGrowsBeyondThem() {
    IdTable sized = IdTable.of(false, 1_000);
    IdTable grown = IdTable.of(false);
    int before = sized.buckets();
    for (int i = 0; i < 1_000; i++) {
      sized.add("R-" + i, i, 0);
      grown.add("R-" + i, i, 0);
    }

    // at most three ids for four buckets, from the start when sized
    assertThat(before).isGreaterThanOrEqualTo(1_334).isEqualTo(sized.buckets());
    assertThat(grown.buckets()).isGreaterThanOrEqualTo(1_334);
    sized.add("R-1000", 1_000, 0);
    assertThat(sized.contains("R-1000")).isTrue();
  }

  @Test
  void add_manyIdsOfOneHashCode_areKeptApartBeyondTheLongestChain() {
    // 4,096 ids of one hash code: every sequence of twelve "Aa" or "BB"
    List<String> ids = new ArrayList<>();
    for (int bits = 0; bits < 1 << 12; bits++) {
      StringBuilder id = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        id.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    assertThat(ids).extracting(String::hashCode).containsOnly(ids.get(0).hashCode());
    IdTable table = IdTable.of(true);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.add(ids.get(i), i, 100L + i)).isEqualTo(IdTable.ABSENT);
    }

    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.add(ids.get(i), -1, 0)).isEqualTo(i);
      assertThat(table.day(table.find(ids.get(i)))).isEqualTo(100L + i);
    }
    assertThat(table.contains("Aa".repeat(11) + "AB")).isFalse();
    assertThat(table).hasToString("IdTable[4096 ids, dated]");
  }
}
