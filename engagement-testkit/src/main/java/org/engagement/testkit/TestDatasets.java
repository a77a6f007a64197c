package org.engagement.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.engagement.core.ActivityId;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.CommunityInput;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementLevel;
import org.engagement.core.EngagementMethod;
import org.engagement.core.InputId;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.IssueCategory;
import org.engagement.core.Openness;

/**
 * Small, valid datasets written in a few lines: a test states only what it is about and the
 * builder fills in the rest with sensible defaults.
 *
 * <pre>{@code
 * EngagementDataset data = TestDatasets.borough("B1").ward("W1")
 *     .activity("ACT-1").input("IN-1").input("IN-2", "DRUGS")
 *     .build();
 * EngagementDataset same = TestDatasets.minimal();   // B1, W1, ACT-1, IN-1
 * }</pre>
 *
 * <p>Each record lands in the last one stated above it: a ward in the last borough, an activity in
 * the last ward (or borough), an input at the last activity, in its area, on its date. Dates
 * default to {@link #DEFAULT_DATE}; {@link Builder#on(LocalDate)} changes them for what follows.
 * Issue categories that records cite are added to the taxonomy. Anything else goes through
 * {@link Builder#with(Consumer)}.
 */
public final class TestDatasets {

  /** The date that records take unless told otherwise: 15 January 2025. */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 1, 15);

  /** The issue category that records cite unless told otherwise: {@code ASB}. */
  public static final String DEFAULT_CATEGORY = "ASB";

  private TestDatasets() {}

  /**
   * Starts a dataset with one borough.
   *
   * @param id the borough's area id, not blank
   * @return a builder, never null
   */
  public static Builder borough(String id) {
    return new Builder().borough(id);
  }

  /**
   * Returns the smallest dataset with a record of the core types: borough {@code B1}, its ward
   * {@code W1}, activity {@code ACT-1} in it and input {@code IN-1} raised at it.
   *
   * @return a valid dataset, never null
   */
  public static EngagementDataset minimal() {
    return borough("B1").ward("W1").activity("ACT-1").input("IN-1").build();
  }

  /**
   * A fluent builder of a small dataset; not thread-safe.
   */
  public static final class Builder {

    private final EngagementDataset.Builder data = EngagementDataset.builder();
    private final Set<String> categories = new LinkedHashSet<>();
    private final List<Consumer<EngagementDataset.Builder>> extras = new ArrayList<>();
    private AreaId borough;
    private AreaId area;
    private EngagementActivity activity;
    private LocalDate date = DEFAULT_DATE;

    Builder() {}

    /**
     * Adds a borough (without parent); later wards and activities land in it.
     *
     * @param id the area id, not blank
     * @return this builder
     */
    public Builder borough(String id) {
      borough = AreaId.of(id);
      area = borough;
      data.addAreas(Area.builder().id(borough).name("Borough " + id).level(AreaLevel.BOROUGH)
          .build());
      return this;
    }

    /**
     * Adds a ward of the last borough; later activities land in it.
     *
     * @param id the area id, not blank
     * @return this builder
     * @throws IllegalStateException if no borough was stated
     */
    public Builder ward(String id) {
      if (borough == null) {
        throw new IllegalStateException("a ward needs a borough first");
      }
      area = AreaId.of(id);
      data.addAreas(Area.builder().id(area).name("Ward " + id).level(AreaLevel.WARD)
          .parent(borough).build());
      return this;
    }

    /**
     * Sets the date of the records that follow.
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder on(LocalDate date) {
      this.date = date;
      return this;
    }

    /**
     * Adds an open ward-panel meeting at the consult level in the last area, on the current date;
     * later inputs are raised at it.
     *
     * @param id the activity id, not blank
     * @return this builder
     * @throws IllegalStateException if no area was stated
     */
    public Builder activity(String id) {
      return activity(id, a -> { });
    }

    /**
     * Adds an activity as {@link #activity(String)} does, changed by a function of its builder.
     *
     * @param id the activity id, not blank
     * @param change changes the defaults, e.g. {@code a -> a.attendance(35L)}, not null
     * @return this builder
     * @throws IllegalStateException if no area was stated
     */
    public Builder activity(String id, Consumer<EngagementActivity.Builder> change) {
      if (area == null) {
        throw new IllegalStateException("an activity needs an area first");
      }
      EngagementActivity.Builder builder = EngagementActivity.builder()
          .id(ActivityId.of(id)).title("Activity " + id).date(date).area(area)
          .engagementLevel(EngagementLevel.COMMUNITY).involvement(InvolvementLevel.CONSULT)
          .method(EngagementMethod.WARD_PANEL_MEETING).openness(Openness.OPEN);
      change.accept(builder);
      activity = builder.build();
      categories.addAll(activity.issueCategories());
      data.addActivities(activity);
      return this;
    }

    /**
     * Adds an input of category {@link #DEFAULT_CATEGORY} raised at the last activity.
     *
     * @param id the input id, not blank
     * @return this builder
     * @throws IllegalStateException if no activity was stated
     */
    public Builder input(String id) {
      return input(id, DEFAULT_CATEGORY);
    }

    /**
     * Adds an input of a category raised at the last activity, in its area, on the later of its
     * date and the current date.
     *
     * @param id the input id, not blank
     * @param issueCategory the category code, added to the taxonomy, not blank
     * @return this builder
     * @throws IllegalStateException if no activity was stated
     */
    public Builder input(String id, String issueCategory) {
      return input(id, i -> i.issueCategory(issueCategory));
    }

    /**
     * Adds an input as {@link #input(String)} does, changed by a function of its builder.
     *
     * @param id the input id, not blank
     * @param change changes the defaults, e.g. {@code i -> i.support(12)}, not null
     * @return this builder
     * @throws IllegalStateException if no activity was stated
     */
    public Builder input(String id, Consumer<CommunityInput.Builder> change) {
      if (activity == null) {
        throw new IllegalStateException("an input needs an activity first");
      }
      LocalDate on = date.isAfter(activity.date()) ? date : activity.date();
      CommunityInput.Builder builder = CommunityInput.builder()
          .id(InputId.of(id)).activity(activity.id()).area(activity.area()).date(on)
          .issueCategory(DEFAULT_CATEGORY).summary("Input " + id);
      change.accept(builder);
      CommunityInput input = builder.build();
      categories.add(input.issueCategory());
      data.addInputs(input);
      return this;
    }

    /**
     * Adds anything else: the function gets the dataset's builder when {@link #build()} runs.
     *
     * @param change adds records or sets values, e.g. {@code d -> d.addDecisions(decision)}
     * @return this builder
     */
    public Builder with(Consumer<EngagementDataset.Builder> change) {
      extras.add(change);
      return this;
    }

    /**
     * Builds the dataset: the records stated, the issue categories they cite, and the extras.
     *
     * @return the dataset, never null
     */
    public EngagementDataset build() {
      for (String code : categories) {
        data.addIssueCategories(IssueCategory.of(code, "Category " + code));
      }
      categories.clear();
      extras.forEach(e -> e.accept(data));
      extras.clear();
      return data.build();
    }
  }
}
