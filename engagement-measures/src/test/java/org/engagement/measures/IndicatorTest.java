package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Structured indicator keys: a name and ordered qualifiers, with a label derived for people. */
class IndicatorTest {

  @Test
  void qualifiers_keepTheirOrder_andTheLabelJoinsTheirValues() {
    Indicator r = Indicator.statistic("r", 0.5).with("dimension", "AGE").with("category", "AGE_16_24");
    assertThat(r.name()).isEqualTo("r");
    assertThat(r.qualifiers()).containsExactly(
        Map.entry("dimension", "AGE"), Map.entry("category", "AGE_16_24"));
    assertThat(r.label()).isEqualTo("r[AGE/AGE_16_24]");
    assertThat(r).hasToString("r[AGE/AGE_16_24]=0.5000");
    assertThat(Indicator.count("raised", 3).label()).isEqualTo("raised");
  }

  @Test
  void hasKey_tellsApartKeysWhoseLabelsLookAlike() {
    // a unit containing "/" gives the same label as another type and unit: the keys differ
    Indicator a = Indicator.share("respondingShare", 0.1).with("resourceType", "HUMAN")
        .with("unit", "officer/hours");
    Indicator b = Indicator.share("respondingShare", 0.2).with("resourceType", "HUMAN/officer")
        .with("unit", "hours");
    assertThat(a.label()).isEqualTo(b.label());
    assertThat(a.hasKey("respondingShare", "resourceType", "HUMAN", "unit", "officer/hours")).isTrue();
    assertThat(b.hasKey("respondingShare", "resourceType", "HUMAN", "unit", "officer/hours")).isFalse();
    assertThat(a.hasKey("respondingShare", "unit", "officer/hours", "resourceType", "HUMAN")).isFalse();
    assertThat(a.hasKey("respondingShare")).isFalse();
    assertThatThrownBy(() -> a.hasKey("respondingShare", "unit"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void with_refusesAQualifierTwice() {
    Indicator r = Indicator.statistic("R", 1).with("dimension", "AGE");
    assertThatThrownBy(() -> r.with("dimension", "GENDER"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
  }

  @Test
  void demographicStatistic_isWithheldOnASmallCount() {
    Indicator r = Indicator.demographicStatistic("r", 0.4, 3).with("dimension", "AGE")
        .with("category", "AGE_65_PLUS");
    assertThat(r.kind()).isEqualTo(IndicatorKind.STATISTIC);
    assertThat(r.withheldBy(DisclosureControl.standard())).isTrue();
    assertThat(Indicator.demographicStatistic("r", 0.4, 5).withheldBy(DisclosureControl.standard()))
        .isFalse();
  }
}
