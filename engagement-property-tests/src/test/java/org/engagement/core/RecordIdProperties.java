package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.testkit.EngagementArbitraries;

class RecordIdProperties {

  @Provide
  Arbitrary<String> idTexts() {
    return EngagementArbitraries.idTexts();
  }

  @Property
  void toString_parse_roundTrips(@ForAll("idTexts") String text) {
    assertThat(AreaId.parse(AreaId.of(text).toString())).isEqualTo(AreaId.of(text));
    assertThat(ActivityId.parse(text).value()).isEqualTo(text);
    assertThat(QuestionId.parse(text)).hasToString(text);
  }

  @Property
  void compareTo_isOrdinalStringOrder(@ForAll("idTexts") String a, @ForAll("idTexts") String b) {
    assertThat(Integer.signum(InputId.of(a).compareTo(InputId.of(b))))
        .isEqualTo(Integer.signum(a.compareTo(b)));
  }

  @Property
  void compareTo_isConsistentWithEquals(@ForAll("idTexts") String a, @ForAll("idTexts") String b) {
    assertThat(PanelId.of(a).compareTo(PanelId.of(b)) == 0)
        .isEqualTo(PanelId.of(a).equals(PanelId.of(b)));
  }
}
