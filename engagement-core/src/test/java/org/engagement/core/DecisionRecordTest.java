package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionRecordTest {

  private static final InputId IN1 = InputId.of("IN-0001");
  private static final Consideration FIRST = Consideration.builder().input(IN1).considered(true)
      .outcome(ConsiderationOutcome.ACCEPTED).build();
  private static final Consideration SECOND = Consideration.builder().input(IN1).considered(false)
      .build();

  @Test
  void considerationOf_findsTheFirstConsiderationOfTheInput() {
    DecisionRecord decision = DecisionRecord.builder().id(DecisionId.of("DEC-0001"))
        .body("SLT").area(AreaId.of("E09000022")).date(LocalDate.of(2012, 11, 12))
        .addPresentedInputs(IN1).addConsiderations(FIRST, SECOND).build();

    assertThat(decision.considerationOf(IN1)).contains(FIRST);
    assertThat(decision.considerationOf(InputId.of("IN-0002"))).isEmpty();
  }
}
