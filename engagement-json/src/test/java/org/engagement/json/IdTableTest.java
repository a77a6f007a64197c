package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdTableTest {

  @Test
  void add_manyIds_keepsThePositionAndDateOfTheFirstOfEach() {
    IdTable table = new IdTable(true);
    for (int i = 0; i < 10_000; i++) {
      assertThat(table.add("IN-" + i, i, 15_000L + i)).isEqualTo(IdTable.ABSENT);
    }

    assertThat(table.add("IN-42", 10_001, 1L)).isEqualTo(42);
    int slot = table.find("IN-42");
    assertThat(slot).isNotEqualTo(IdTable.ABSENT);
    assertThat(table.day(slot)).isEqualTo(15_042L);
    assertThat(table.contains("IN-9999")).isTrue();
    assertThat(table.contains("IN-10000")).isFalse();
    assertThat(table).hasToString("IdTable[10000 ids, dated]");
  }

  @Test
  void add_idsWithTheSameHash_areKeptApart() {
    IdTable table = new IdTable(false);
    // "Aa" and "BB" have the same String hash code.
    table.add("Aa", 0, 0);
    table.add("BB", 1, 0);

    assertThat(table.add("BB", 2, 0)).isEqualTo(1);
    assertThat(table.add("Aa", 3, 0)).isEqualTo(0);
    assertThat(table.contains("AaBB")).isFalse();
  }
}
