package org.engagement.measures.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.ActivityId;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementLevel;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InitiativeKind;
import org.engagement.core.InputId;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Openness;
import org.engagement.core.Period;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResourceType;
import org.engagement.core.Scope;

/**
 * Terse builders for hand-worked test datasets, and the small area tree they share: force F,
 * boroughs B (wards W1, W2) and B2 (ward W3).
 */
public final class Records {

  public static final AreaId F = AreaId.of("F");
  public static final AreaId B = AreaId.of("B");
  public static final AreaId W1 = AreaId.of("W1");
  public static final AreaId W2 = AreaId.of("W2");
  public static final AreaId B2 = AreaId.of("B2");
  public static final AreaId W3 = AreaId.of("W3");

  /** The financial year 2012/13: 2012-04-01 to 2013-03-31. */
  public static final Period FY2012 = Period.financialYear(2012);

  /** Borough B over the financial year 2012/13, as of 2013-03-31. */
  public static final Scope SCOPE_B = Scope.of(B, FY2012);

  private Records() {}

  /** The six areas of the shared tree. */
  public static List<Area> areas() {
    return List.of(
        area(F, AreaLevel.FORCE, null),
        area(B, AreaLevel.BOROUGH, F),
        area(W1, AreaLevel.WARD, B),
        area(W2, AreaLevel.WARD, B),
        area(B2, AreaLevel.BOROUGH, F),
        area(W3, AreaLevel.WARD, B2));
  }

  /** A dataset builder with the shared area tree. */
  public static EngagementDataset.Builder dataset() {
    return EngagementDataset.builder().addAllAreas(areas());
  }

  public static Area area(AreaId id, AreaLevel level, AreaId parent) {
    Area.Builder b = Area.builder().id(id).name("Area " + id).level(level);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  public static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  public static EngagementActivity.Builder activity(
      String id, AreaId area, String date, InvolvementLevel involvement) {
    return EngagementActivity.builder()
        .id(ActivityId.of(id))
        .title("Activity " + id)
        .date(d(date))
        .area(area)
        .engagementLevel(EngagementLevel.COMMUNITY)
        .involvement(involvement)
        .method(EngagementMethod.PUBLIC_MEETING)
        .openness(Openness.OPEN);
  }

  public static CommunityInput input(String id, AreaId area, String date) {
    return input(id, area, date, "ASB", 1);
  }

  public static CommunityInput input(
      String id, AreaId area, String date, String category, int support) {
    return CommunityInput.builder()
        .id(InputId.of(id))
        .activity(ActivityId.of("ACT-" + id))
        .area(area)
        .date(d(date))
        .issueCategory(category)
        .summary("Input " + id)
        .support(support)
        .build();
  }

  public static Consideration considered(String input, ConsiderationOutcome outcome, String reason) {
    Consideration.Builder b =
        Consideration.builder().input(InputId.of(input)).considered(true).outcome(outcome);
    if (reason != null) {
      b.reason(reason);
    }
    return b.build();
  }

  public static Consideration notConsidered(String input) {
    return Consideration.builder().input(InputId.of(input)).considered(false).build();
  }

  /** A decision presenting every input that it has a consideration for, plus {@code alsoPresented}. */
  public static DecisionRecord decision(
      String id, AreaId area, String date, List<Consideration> considerations, String... alsoPresented) {
    DecisionRecord.Builder b =
        DecisionRecord.builder().id(DecisionId.of(id)).body("SLT").area(area).date(d(date));
    for (Consideration c : considerations) {
      b.addPresentedInputs(c.input());
    }
    for (String input : alsoPresented) {
      b.addPresentedInputs(InputId.of(input));
    }
    return b.addAllConsiderations(considerations).build();
  }

  public static ResourceAllocation.Builder allocation(
      String id, AreaId area, String date, ResourceType type, String quantity, String unit, String category) {
    return ResourceAllocation.builder()
        .id(org.engagement.core.AllocationId.of(id))
        .area(area)
        .date(d(date))
        .resourceType(type)
        .quantity(new BigDecimal(quantity))
        .unit(unit)
        .issueCategory(category);
  }

  public static Initiative.Builder initiative(
      String id, InitiativeKind kind, String unit, AreaId area, String start, String end) {
    Initiative.Builder b =
        Initiative.builder()
            .id(InitiativeId.of(id))
            .kind(kind)
            .name("Initiative " + id)
            .businessUnit(unit)
            .area(area)
            .start(d(start));
    if (end != null) {
      b.end(d(end));
    }
    return b;
  }
}
