package org.engagement.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An engagement activity (2005 strand 2, "ensuring effective dialogue"): a meeting, event,
 * consultation or continuous online space where the police and the public meet.
 *
 * <pre>{@code
 * EngagementActivity meeting = EngagementActivity.builder()
 *     .id(ActivityId.of("ACT-0001")).title("Brixton ward panel, autumn meeting")
 *     .date(LocalDate.of(2012, 10, 4)).area(AreaId.of("E05014105"))
 *     .engagementLevel(EngagementLevel.COMMUNITY).involvement(InvolvementLevel.CONSULT)
 *     .method(EngagementMethod.WARD_PANEL_MEETING).openness(Openness.OPEN)
 *     .attendance(35)
 *     .build();
 * }</pre>
 *
 * <p>Activities are placed in time by {@link #date()}, their start. Attendance is a total and
 * optional aggregate {@link DemographicCounts}, with optional pseudonymous participant ids for
 * repeat-attendance analysis; never names.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EngagementActivity implements Identified {

  EngagementActivity() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract ActivityId id();

  /** {@return the title, not blank} */
  @NotBlank
  public abstract String title();

  /** {@return the date it took place, or started, never null} */
  public abstract LocalDate date();

  /** {@return the end date of a continuous activity, not before {@link #date()}} */
  public abstract Optional<LocalDate> endDate();

  /**
   * The area it engages.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /**
   * The geographic and organisational tier.
   *
   * @return the level, never null
   */
  public abstract EngagementLevel engagementLevel();

  /**
   * Who within a borough it engages (2012 CE-1).
   *
   * @return the tier, empty when not recorded
   */
  public abstract Optional<BoroughTier> boroughTier();

  /**
   * Where on the spectrum of involvement it sits.
   *
   * @return the level, never null
   */
  public abstract InvolvementLevel involvement();

  /**
   * How it engages.
   *
   * @return the method, never null
   */
  public abstract EngagementMethod method();

  /**
   * Whether it happens once or runs over a period.
   *
   * @return the mode; SINGLE by default
   */
  @Value.Default
  public ActivityMode mode() {
    return ActivityMode.SINGLE;
  }

  /**
   * Whether it is open to the public.
   *
   * @return the openness, never null
   */
  public abstract Openness openness();

  /**
   * The police unit that organised it.
   *
   * @return the unit; empty when not recorded
   */
  public abstract Optional<String> organisingUnit();

  /**
   * Partner organisations.
   *
   * @return the partners' names, never null
   */
  public abstract List<String> partners();

  /**
   * The issue categories it is about, by code.
   *
   * @return the codes of the dataset's taxonomy, each not blank; never null
   */
  public abstract List<@NotBlank String> issueCategories();

  /**
   * The total attendance.
   *
   * @return the count, zero or more; empty when not recorded
   */
  public abstract Optional<@PositiveOrZero Long> attendance();

  /**
   * Aggregate demographics of those who attended.
   *
   * @return the counts, empty when not recorded
   */
  public abstract Optional<@Valid DemographicCounts> demographics();

  /**
   * Pseudonymous ids of participants, for repeat attendance.
   *
   * @return the ids, never null
   */
  public abstract List<ParticipantId> participants();

  /**
   * Whether it was in the published forward schedule.
   *
   * @return true when it was; false by default
   */
  @Value.Default
  public boolean inForwardSchedule() {
    return false;
  }

  /**
   * When it was announced to the public.
   *
   * @return the date, empty when not recorded
   */
  public abstract Optional<LocalDate> announcedDate();

  /**
   * The panel whose meeting this is.
   *
   * @return the panel id, empty when not a panel meeting
   */
  public abstract Optional<PanelId> panel();

  /**
   * Whether a member of the senior leadership team attended.
   *
   * @return true or false as recorded; empty when not recorded (which criteria read as not met)
   */
  public abstract Optional<Boolean> sltAttended();

  /**
   * The initiatives and operations it supports.
   *
   * @return the ids, never null
   */
  public abstract List<InitiativeId> initiatives();

  /** {@return the cost in pounds sterling, zero or more; empty when not recorded} */
  public abstract Optional<@PositiveOrZero BigDecimal> cost();

  /** Builds an {@link EngagementActivity}. */
  public static final class Builder extends ImmutableEngagementActivity.Builder {
    Builder() {}
  }
}
