package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
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

  @Test
  void qualifiers_areAReadOnlyMapInOrder_equalToAnyMapOfTheSameEntries() {
    Indicator r = Indicator.statistic("r", 0.5).with("dimension", "AGE").with("category", "AGE_16_24");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("dimension", "AGE");
    expected.put("category", "AGE_16_24");
    Map<String, String> qualifiers = r.qualifiers();
    assertThat(qualifiers).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(2);
    assertThat(qualifiers.keySet()).containsExactly("dimension", "category");
    assertThat(qualifiers.values()).containsExactly("AGE", "AGE_16_24");
    assertThat(qualifiers.get("unit")).isNull();
    assertThat(qualifiers).hasToString("{dimension=AGE, category=AGE_16_24}");
    assertThatThrownBy(() -> qualifiers.put("unit", "hours"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> qualifiers.remove("dimension"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> qualifiers.remove("absent"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> {
      var entries = qualifiers.entrySet().iterator();
      entries.next();
      entries.remove();
    }).isInstanceOf(UnsupportedOperationException.class);
    assertThat(r.qualifiers()).isEqualTo(expected);
    Map<String, String> none = Indicator.count("raised", 3).qualifiers();
    assertThat(none).isEmpty();
    assertThat(none.get(null)).isNull();
    assertThat(none.containsKey(null)).isFalse();
    assertThat(Indicator.statistic("R", 1).with("dimension", "AGE").qualifiers())
        .containsExactly(Map.entry("dimension", "AGE"));
  }

  @Test
  void with_leavesTheIndicatorItIsCalledOnAsItWas() {
    Indicator r = Indicator.statistic("R", 0.9);
    Indicator age = r.with("dimension", "AGE");
    Indicator gender = r.with("dimension", "GENDER");
    assertThat(r.qualifiers()).isEmpty();
    assertThat(age.label()).isEqualTo("R[AGE]");
    assertThat(gender.label()).isEqualTo("R[GENDER]");
    assertThat(age.value()).isEqualTo(OptionalDouble.of(0.9));
    Indicator young = age.with("category", "AGE_16_24");
    Indicator old = age.with("category", "AGE_65_PLUS");
    assertThat(age.label()).isEqualTo("R[AGE]");
    assertThat(young.label()).isEqualTo("R[AGE/AGE_16_24]");
    assertThat(old.label()).isEqualTo("R[AGE/AGE_65_PLUS]");
    assertThat(young.hasKey("R", "dimension", "AGE", "category", "AGE_16_24")).isTrue();
  }

  @Test
  void with_refusesAQualifierTwice_atAnyPosition() {
    Indicator r = Indicator.statistic("r", 1).with("dimension", "AGE").with("category", "X");
    assertThatThrownBy(() -> r.with("category", "Y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has qualifier category");
    assertThatThrownBy(() -> r.with("category", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has qualifier");
  }

  @Test
  void with_refusesABlankQualifierNameAndANullValue() {
    Indicator r = Indicator.statistic("R", 1);
    assertThatThrownBy(() -> r.with(" ", "AGE"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> r.with("dimension", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> r.with(null, "AGE"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("qualifier");
  }

  @Test
  void equality_coversEveryPart_andTheQualifiersOrder() {
    Indicator a = Indicator.statistic("r", 0.5).with("dimension", "AGE").with("category", "X");
    assertThat(a).isEqualTo(Indicator.statistic("r", 0.5).with("dimension", "AGE").with("category", "X"))
        .hasSameHashCodeAs(Indicator.statistic("r", 0.5).with("dimension", "AGE").with("category", "X"));
    assertThat(a)
        .isNotEqualTo(Indicator.statistic("r", 0.5).with("category", "X").with("dimension", "AGE"))
        .isNotEqualTo(Indicator.statistic("r", 0.6).with("dimension", "AGE").with("category", "X"))
        .isNotEqualTo(Indicator.statistic("q", 0.5).with("dimension", "AGE").with("category", "X"))
        .isNotEqualTo(Indicator.share("r", 0.5).with("dimension", "AGE").with("category", "X"))
        .isNotEqualTo(Indicator.demographicStatistic("r", 0.5, 7).with("dimension", "AGE")
            .with("category", "X"));
    assertThat(Indicator.statistic("D", 0.0)).isNotEqualTo(Indicator.statistic("D", -0.0));
    assertThat(Indicator.survey("p", IndicatorKind.SHARE, 0.5, 12))
        .isEqualTo(Indicator.survey("p", IndicatorKind.SHARE, 0.5, 12))
        .isNotEqualTo(Indicator.survey("p", IndicatorKind.SHARE, 0.5, 13))
        .isNotEqualTo(Indicator.share("p", 0.5));
    // the same value with a count of zero, or with the other count, is another indicator
    assertThat(Indicator.demographicShare("s", 0.5, 0)).isNotEqualTo(Indicator.share("s", 0.5));
    assertThat(Indicator.survey("s", IndicatorKind.SHARE, 0.5, 0))
        .isNotEqualTo(Indicator.demographicShare("s", 0.5, 0))
        .isNotEqualTo(Indicator.share("s", 0.5));
    assertThat(Indicator.notAssessable("p", IndicatorKind.SHARE, "no base"))
        .isEqualTo(Indicator.notAssessable("p", IndicatorKind.SHARE, "no base"))
        .isNotEqualTo(Indicator.notAssessable("p", IndicatorKind.SHARE, "no count"));
  }

  @Test
  void counts_arePresentOnlyWhereTheFactorySetsThem() {
    Indicator survey = Indicator.survey("p", IndicatorKind.SHARE, 0.5, 0);
    assertThat(survey.surveyBase()).isEqualTo(OptionalLong.of(0));
    assertThat(survey.demographicCount()).isEmpty();
    Indicator people = Indicator.people("participants", 4);
    assertThat(people.demographicCount()).isEqualTo(OptionalLong.of(4));
    assertThat(people.surveyBase()).isEmpty();
    assertThat(people.withheldBy(DisclosureControl.standard())).isTrue();
    Indicator share = Indicator.share("s", 0.25);
    assertThat(share.surveyBase()).isEmpty();
    assertThat(share.demographicCount()).isEmpty();
    assertThat(share.note()).isEmpty();
  }

  @Test
  void factories_giveAValueOrANote_andRefuseWhatIsNotFinite() {
    Indicator label = Indicator.label("basis", "RESPONDENTS");
    assertThat(label.value()).isEmpty();
    assertThat(label.note()).contains("RESPONDENTS");
    assertThat(label.isAssessable()).isTrue();
    Indicator missing = Indicator.notAssessable("pValue", IndicatorKind.P_VALUE, "df = 0");
    assertThat(missing.isAssessable()).isFalse();
    assertThat(missing).hasToString("pValue=n/a (df = 0)");
    assertThatThrownBy(() -> Indicator.share("s", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be finite");
    assertThatThrownBy(() -> Indicator.statistic("R", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Indicator.count(" ", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> Indicator.label("basis", null)).isInstanceOf(NullPointerException.class);
  }
}
