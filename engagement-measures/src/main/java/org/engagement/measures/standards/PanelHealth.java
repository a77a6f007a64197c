package org.engagement.measures.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.engagement.core.AreaId;
import org.engagement.measures.internal.Median;
import org.engagement.measures.stats.Representativeness;

/**
 * The health of one panel, or of a borough's panels pooled (docs/spec/measures.md §7): counts
 * summed over the panels, never averages of panel figures, and the shares derived from them.
 *
 * <pre>{@code
 * PanelHealth h = PanelHealthAssessment.standard().perPanel(data, scope).get(0);
 * h.comprehensiveness();   // OptionalDouble[0.6666666666666666]: 2 of 3 required categories
 * h.localShare();          // share of priorities set in the period that are LOCAL
 * }</pre>
 *
 * <p>A share whose denominator is 0 is empty, never NaN. This class is immutable and
 * thread-safe.
 *
 * @param subject the panel id, or the borough's name when pooled, not blank
 * @param area the panel's area, or the borough, not null
 * @param panels the number of panels counted, one or more for a panel, zero or more pooled
 * @param activeMembers members whose membership is active in the period
 * @param councillors of those, the councillors (reported, not required)
 * @param requiredCategories required member categories (residents, agency representatives, and
 *     business for a ward panel in a ward that declares a business presence)
 * @param presentCategories of those, the categories present among the active members
 * @param open panels whose meetings are OPEN
 * @param closed panels whose meetings are CLOSED
 * @param priorities priorities set in the period
 * @param localPriorities of those, the LOCAL ones
 * @param actioned of those, the ones with an action date not after as-of
 * @param daysToAction days from set date to action date of the actioned ones, sorted
 * @param wardPanels ward-level Safer Neighbourhoods panels
 * @param linkedWardPanels of those, the ones linked (either direction) to a CPEG of their borough
 * @param membership stated membership counts per primary dimension (dimension → category →
 *     count), summed over the panels that record an aggregate
 * @param representativeness per dimension with a reference, §1 against the reference population
 *     of {@code area} (with the M3 fallback)
 */
public record PanelHealth(
    String subject,
    AreaId area,
    long panels,
    long activeMembers,
    long councillors,
    long requiredCategories,
    long presentCategories,
    long open,
    long closed,
    long priorities,
    long localPriorities,
    long actioned,
    List<Long> daysToAction,
    long wardPanels,
    long linkedWardPanels,
    Map<String, Map<String, Long>> membership,
    Map<String, Representativeness> representativeness) {

  /**
   * Copies the collections.
   *
   * @param subject the panel id, or the borough's name when pooled, not blank
   * @param area the panel's area, or the borough, not null
   * @param panels the number of panels counted, one or more for a panel, zero or more pooled
   * @param activeMembers members whose membership is active in the period
   * @param councillors of those, the councillors (reported, not required)
   * @param requiredCategories required member categories (residents, agency representatives, and
   *     business for a ward panel in a ward that declares a business presence)
   * @param presentCategories of those, the categories present among the active members
   * @param open panels whose meetings are OPEN
   * @param closed panels whose meetings are CLOSED
   * @param priorities priorities set in the period
   * @param localPriorities of those, the LOCAL ones
   * @param actioned of those, the ones with an action date not after as-of
   * @param daysToAction days from set date to action date of the actioned ones, sorted
   * @param wardPanels ward-level Safer Neighbourhoods panels
   * @param linkedWardPanels of those, the ones linked (either direction) to a CPEG of their borough
   * @param membership stated membership counts per primary dimension (dimension → category →
   *     count), summed over the panels that record an aggregate
   * @param representativeness per dimension with a reference, §1 against the reference population
   *     of {@code area} (with the M3 fallback)
   */
  public PanelHealth {
    daysToAction = daysToAction.stream().sorted().toList();
    Map<String, Map<String, Long>> copy = new TreeMap<>();
    membership.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    membership = java.util.Collections.unmodifiableMap(copy);
    representativeness = java.util.Collections.unmodifiableMap(new TreeMap<>(representativeness));
  }

  private static OptionalDouble share(long numerator, long denominator) {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
  }

  /**
   * Share of the required categories present.
   *
   * @return in [0, 1]; empty without a required one
   */
  public OptionalDouble comprehensiveness() {
    return share(presentCategories, requiredCategories);
  }

  /**
   * Share of the priorities set in the period that are LOCAL.
   *
   * @return empty without priorities
   */
  public OptionalDouble localShare() {
    return share(localPriorities, priorities);
  }

  /**
   * Share of the priorities set in the period that were actioned.
   *
   * @return empty without priorities
   */
  public OptionalDouble followThrough() {
    return share(actioned, priorities);
  }

  /**
   * Median days from set date to action date.
   *
   * @return empty without an actioned priority
   */
  public OptionalDouble medianDaysToAction() {
    return Median.of(daysToAction);
  }

  /**
   * Share of ward panels linked to a CPEG of their borough.
   *
   * @return empty without ward panels
   */
  public OptionalDouble linkage() {
    return share(linkedWardPanels, wardPanels);
  }

  /**
   * The sum of two healths' counts (their representativeness is not carried: it depends on the
   * reference of the area pooled into).
   */
  PanelHealth plus(PanelHealth other, String subject, AreaId area) {
    List<Long> days = new ArrayList<>(daysToAction);
    days.addAll(other.daysToAction);
    Map<String, Map<String, Long>> members = new TreeMap<>();
    for (Map<String, Map<String, Long>> side : List.of(membership, other.membership)) {
      side.forEach((dimension, counts) -> counts.forEach((category, n) ->
          members.computeIfAbsent(dimension, k -> new TreeMap<>()).merge(category, n, Long::sum)));
    }
    return new PanelHealth(subject, area, panels + other.panels, activeMembers + other.activeMembers,
        councillors + other.councillors, requiredCategories + other.requiredCategories,
        presentCategories + other.presentCategories, open + other.open, closed + other.closed,
        priorities + other.priorities, localPriorities + other.localPriorities,
        actioned + other.actioned, days, wardPanels + other.wardPanels,
        linkedWardPanels + other.linkedWardPanels, members, Map.of());
  }

  /**
   * Returns the subject and its figures.
   *
   * @return e.g. {@code PNL-1 (E05014088): 1 panel, comprehensiveness 1.0000, local 0.5000, ...}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(subject).append(" (").append(area).append("): ")
        .append(panels).append(panels == 1 ? " panel" : " panels")
        .append(", ").append(activeMembers).append(" active members (").append(councillors)
        .append(" councillors), comprehensiveness ").append(format(comprehensiveness()))
        .append(", open ").append(open).append("/").append(open + closed)
        .append(", local priorities ").append(format(localShare()))
        .append(", follow-through ").append(format(followThrough()))
        .append(", median days to action ").append(days(medianDaysToAction()))
        .append(", linkage ").append(format(linkage()));
    representativeness.forEach((dimension, r) -> out.append(", R[").append(dimension).append("] ")
        .append(String.format(Locale.ROOT, "%.4f", r.representativeness())));
    return out.toString();
  }

  private static String days(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "n/a";
  }

  private static String format(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "n/a";
  }
}
