package org.engagement.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A panel or group (2011 panels report, 2012 standards): a ward panel, a borough CPEG, an IAG, a
 * youth panel… with its members by pseudonymous id and links to other panels. Its meetings are
 * the engagement activities that name it in {@link EngagementActivity#panel()}.
 *
 * <pre>{@code
 * Panel panel = Panel.builder()
 *     .id(PanelId.of("SNP-E05014105")).kind(PanelKind.SAFER_NEIGHBOURHOODS_PANEL)
 *     .name("Brixton Acre Lane ward panel").area(AreaId.of("E05014105"))
 *     .activeFrom(LocalDate.of(2008, 4, 1)).openness(Openness.OPEN)
 *     .addLinks(PanelId.of("CPEG-E09000022"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Panel implements Identified {

  Panel() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract PanelId id();

  /** {@return the kind of panel, never null} */
  public abstract PanelKind kind();

  /** {@return the name, not blank} */
  @NotBlank
  public abstract String name();

  /**
   * The area it serves.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /**
   * The first day it was active.
   *
   * @return the date, never null
   */
  public abstract LocalDate activeFrom();

  /**
   * The last day it was active.
   *
   * @return the date, empty while active
   */
  public abstract Optional<LocalDate> activeTo();

  /**
   * Whether its meetings are open to the public.
   *
   * @return the openness, never null
   */
  public abstract Openness openness();

  /**
   * Its members, past and present.
   *
   * @return the members, never null
   */
  public abstract List<@Valid PanelMember> members();

  /**
   * Aggregate demographics of the membership.
   *
   * @return the counts, empty when not recorded
   */
  public abstract Optional<@Valid DemographicCounts> membershipDemographics();

  /**
   * Links to other panels, e.g. a ward panel to its CPEG.
   *
   * @return the panel ids, never null
   */
  public abstract List<PanelId> links();

  /** Builds a {@link Panel}. */
  public static final class Builder extends ImmutablePanel.Builder {
    Builder() {}
  }
}
