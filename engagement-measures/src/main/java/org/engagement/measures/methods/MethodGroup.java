package org.engagement.measures.methods;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of one group of activities (docs/spec/measures.md §8): use, reach, voice,
 * influence and cost. Costs are exact sums in pounds; ratios of costs are rounded to pence
 * (half even).
 *
 * @param cut how the group was formed
 * @param key the method's name, or {@code MODE/OPENNESS}
 * @param activities the activities in scope in the group
 * @param attendance Σ total attendance of those that record one
 * @param activitiesWithAttendance the activities that record a total attendance
 * @param meanAttendance attendance / activitiesWithAttendance; empty when none records one
 * @param reach per primary dimension, in scheme order, the group's reach
 * @param inputs the inputs raised at the group's activities (in scope or not)
 * @param support Σ support of those inputs
 * @param inputsPer100Attendees inputs raised at activities that record attendance / their
 *     attendance × 100; empty when that attendance is 0
 * @param recorded the inputs reaching RECORDED (M1's rule and as-of)
 * @param responded the inputs responded to by an allocation (M2's rule)
 * @param recordedShare recorded / inputs; empty without inputs
 * @param respondedShare responded / inputs; empty without inputs
 * @param cost Σ cost of the activities with a cost, in pounds
 * @param costedActivities the activities with a cost
 * @param costPerAttendee Σ cost / Σ attendance over activities with both; empty when that
 *     attendance is 0
 * @param costPerInput Σ cost of activities with a cost / inputs raised at them; empty when 0
 * @param costPerRecordedInput Σ cost of activities with a cost / the inputs raised at them that
 *     reach RECORDED; empty (NOT_ASSESSABLE) when 0
 * @param fewActivities whether the group has fewer activities than the analysis's threshold
 */
public record MethodGroup(
    MethodCut cut,
    String key,
    long activities,
    long attendance,
    long activitiesWithAttendance,
    OptionalDouble meanAttendance,
    List<DimensionReach> reach,
    long inputs,
    long support,
    OptionalDouble inputsPer100Attendees,
    long recorded,
    long responded,
    OptionalDouble recordedShare,
    OptionalDouble respondedShare,
    BigDecimal cost,
    long costedActivities,
    Optional<BigDecimal> costPerAttendee,
    Optional<BigDecimal> costPerInput,
    Optional<BigDecimal> costPerRecordedInput,
    boolean fewActivities) {

  /**
   * Copies the reach.
   *
   * @param cut the cut
   * @param key the key
   * @param activities the activities
   * @param attendance the attendance
   * @param activitiesWithAttendance the activities recording attendance
   * @param meanAttendance the mean attendance
   * @param reach the reach per dimension
   * @param inputs the inputs
   * @param support the support
   * @param inputsPer100Attendees inputs per 100 attendees
   * @param recorded the RECORDED inputs
   * @param responded the responded inputs
   * @param recordedShare the RECORDED share
   * @param respondedShare the responded share
   * @param cost the cost
   * @param costedActivities the activities with a cost
   * @param costPerAttendee the cost per attendee
   * @param costPerInput the cost per input
   * @param costPerRecordedInput the cost per RECORDED input
   * @param fewActivities whether few activities
   */
  public MethodGroup {
    reach = List.copyOf(reach);
  }

  /**
   * The reach of one dimension.
   *
   * @param dimension the dimension's code, not null
   * @return the reach, empty when the dimension is not primary
   */
  public Optional<DimensionReach> reach(String dimension) {
    return reach.stream().filter(r -> r.dimension().equals(dimension)).findFirst();
  }
}
