package org.engagement.measures.internal;

import java.util.ArrayList;
import java.util.List;
import org.engagement.measures.Indicator;
import org.engagement.measures.IndicatorKind;
import org.engagement.measures.stats.Interval;
import org.engagement.measures.stats.WeightedProportion;

/**
 * The indicators of one survey component: {@code p[NAME]}, {@code lower[NAME]},
 * {@code upper[NAME]}, {@code n[NAME]} and {@code nEff[NAME]}, each figure carrying its
 * unweighted base so that disclosure control can withhold it.
 */
public final class SurveyIndicators {

  private SurveyIndicators() {}

  /**
   * The five indicators of a component; not assessable (and {@code n = 0}) when it is empty.
   *
   * @param name the component's name, e.g. a standard role, not null
   * @param p the component's proportion, not null
   * @return five indicators in the order above, never null
   */
  public static List<Indicator> of(String name, WeightedProportion p) {
    List<Indicator> out = new ArrayList<>();
    if (p.isEmpty()) {
      for (String figure : List.of("p", "lower", "upper")) {
        out.add(Indicator.notAssessable(figure + "[" + name + "]", IndicatorKind.SHARE, "no valid answer"));
      }
      out.add(Indicator.count("n[" + name + "]", 0));
      out.add(Indicator.notAssessable("nEff[" + name + "]", IndicatorKind.STATISTIC, "no valid answer"));
      return out;
    }
    Interval interval = p.interval();
    long n = p.n();
    out.add(Indicator.survey("p[" + name + "]", IndicatorKind.SHARE, p.proportion(), n));
    out.add(Indicator.survey("lower[" + name + "]", IndicatorKind.SHARE, interval.lower(), n));
    out.add(Indicator.survey("upper[" + name + "]", IndicatorKind.SHARE, interval.upper(), n));
    out.add(Indicator.count("n[" + name + "]", n));
    out.add(Indicator.survey("nEff[" + name + "]", IndicatorKind.STATISTIC, p.effectiveSize(), n));
    return out;
  }
}
