package org.engagement.measures.internal;

import java.util.ArrayList;
import java.util.List;
import org.engagement.measures.Indicator;
import org.engagement.measures.IndicatorKind;
import org.engagement.measures.stats.Interval;
import org.engagement.measures.stats.WeightedProportion;

/**
 * The indicators of one survey component, each qualified by the component (e.g.
 * {@code role = POLICE_LISTEN}): {@code p[NAME]}, {@code lower[NAME]},
 * {@code upper[NAME]}, {@code n[NAME]} and {@code nEff[NAME]}, each figure carrying its
 * unweighted base so that disclosure control can withhold it.
 */
public final class SurveyIndicators {

  private SurveyIndicators() {}

  /**
   * The five indicators of a component; not assessable (and {@code n = 0}) when it is empty.
   *
   * @param qualifier the qualifier naming the component, e.g. {@code role}, not null
   * @param name the component's name, e.g. a standard role, not null
   * @param p the component's proportion, not null
   * @return five indicators in the order above, each qualified by {@code qualifier = name},
   *     never null
   */
  public static List<Indicator> of(String qualifier, String name, WeightedProportion p) {
    return unqualified(p).stream().map(i -> i.with(qualifier, name)).toList();
  }

  private static List<Indicator> unqualified(WeightedProportion p) {
    List<Indicator> out = new ArrayList<>();
    if (p.isEmpty()) {
      for (String figure : List.of("p", "lower", "upper")) {
        out.add(Indicator.notAssessable(figure, IndicatorKind.SHARE, "no valid answer"));
      }
      out.add(Indicator.count("n", 0));
      out.add(Indicator.notAssessable("nEff", IndicatorKind.STATISTIC, "no valid answer"));
      return out;
    }
    Interval interval = p.interval();
    long n = p.n();
    out.add(Indicator.survey("p", IndicatorKind.SHARE, p.proportion(), n));
    out.add(Indicator.survey("lower", IndicatorKind.SHARE, interval.lower(), n));
    out.add(Indicator.survey("upper", IndicatorKind.SHARE, interval.upper(), n));
    out.add(Indicator.count("n", n));
    out.add(Indicator.survey("nEff", IndicatorKind.STATISTIC, p.effectiveSize(), n));
    return out;
  }
}
