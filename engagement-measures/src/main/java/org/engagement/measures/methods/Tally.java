package org.engagement.measures.methods;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.engagement.core.CountBasis;

/**
 * The exact counts and sums of one group over one part of a scope; tallies of disjoint parts
 * add.
 *
 * @param activities the activities
 * @param attendance Σ total attendance of the activities that record one
 * @param withAttendance the activities that record a total attendance
 * @param counts per basis, per dimension, the stated count of each category
 * @param negative per basis, the dimensions with a negative count (not assessable)
 * @param inputs inputs raised at the activities
 * @param support Σ support of those inputs
 * @param inputsAtAttended inputs raised at activities that record attendance
 * @param recorded inputs reaching RECORDED (M1)
 * @param responded inputs responded to by an allocation (M2)
 * @param cost Σ cost of activities with a cost
 * @param costed activities with a cost
 * @param costWithAttendance Σ cost of activities with a cost and an attendance
 * @param attendanceWithCost Σ attendance of activities with a cost and an attendance
 * @param inputsAtCosted inputs raised at activities with a cost
 * @param recordedAtCosted of those, the inputs reaching RECORDED
 */
record Tally(
    long activities,
    long attendance,
    long withAttendance,
    Map<CountBasis, SortedMap<String, SortedMap<String, Long>>> counts,
    Map<CountBasis, SortedSet<String>> negative,
    long inputs,
    long support,
    long inputsAtAttended,
    long recorded,
    long responded,
    BigDecimal cost,
    long costed,
    BigDecimal costWithAttendance,
    long attendanceWithCost,
    long inputsAtCosted,
    long recordedAtCosted) {

  static final Tally EMPTY =
      new Tally(0, 0, 0, Map.of(), Map.of(), 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0,
          0, 0);

  Tally {
    // normalise: equal sums compare equal whatever their scale
    cost = cost.stripTrailingZeros();
    costWithAttendance = costWithAttendance.stripTrailingZeros();
  }

  Tally plus(Tally o) {
    Map<CountBasis, SortedMap<String, SortedMap<String, Long>>> c = new EnumMap<>(CountBasis.class);
    for (Map<CountBasis, SortedMap<String, SortedMap<String, Long>>> side : java.util.List.of(counts, o.counts)) {
      side.forEach((basis, dims) -> dims.forEach((dim, cats) -> cats.forEach((cat, n) ->
          c.computeIfAbsent(basis, k -> new TreeMap<>())
              .computeIfAbsent(dim, k -> new TreeMap<>())
              .merge(cat, n, Long::sum))));
    }
    Map<CountBasis, SortedSet<String>> neg = new EnumMap<>(CountBasis.class);
    for (Map<CountBasis, SortedSet<String>> side : java.util.List.of(negative, o.negative)) {
      side.forEach((basis, dims) -> neg.computeIfAbsent(basis, k -> new TreeSet<>()).addAll(dims));
    }
    return new Tally(
        activities + o.activities,
        attendance + o.attendance,
        withAttendance + o.withAttendance,
        c,
        neg,
        inputs + o.inputs,
        support + o.support,
        inputsAtAttended + o.inputsAtAttended,
        recorded + o.recorded,
        responded + o.responded,
        cost.add(o.cost),
        costed + o.costed,
        costWithAttendance.add(o.costWithAttendance),
        attendanceWithCost + o.attendanceWithCost,
        inputsAtCosted + o.inputsAtCosted,
        recordedAtCosted + o.recordedAtCosted);
  }

  /** The stated counts of one dimension on one basis. */
  SortedMap<String, Long> counts(CountBasis basis, String dimension) {
    return counts.getOrDefault(basis, new TreeMap<>()).getOrDefault(dimension, new TreeMap<>());
  }

  boolean negative(CountBasis basis, String dimension) {
    return negative.getOrDefault(basis, new TreeSet<>()).contains(dimension);
  }

}
