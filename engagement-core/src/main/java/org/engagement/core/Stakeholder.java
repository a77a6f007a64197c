package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person-representative, group or organisation in the consultation community (2005 strand 1,
 * "building a consultation community").
 *
 * <pre>{@code
 * Stakeholder association = Stakeholder.builder()
 *     .id(StakeholderId.of("SH-0001")).name("Brixton Tenants' Association")
 *     .kind(StakeholderKind.COMMUNITY_GROUP).homeArea(AreaId.of("E05014105"))
 *     .addGroups(GroupId.of("HTH-YOUTH")).contactConsent(true)
 *     .lastUpdated(LocalDate.of(2012, 9, 1))
 *     .build();
 * }</pre>
 *
 * <p>The register must be de-duplicable: the 2005 strategy complains of "duplicated activities
 * and confused participants".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Stakeholder implements Identified {

  Stakeholder() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract StakeholderId id();

  /**
   * The name of the group or organisation, or the representative's role.
   *
   * @return not blank
   */
  @NotBlank
  public abstract String name();

  /**
   * What kind of stakeholder this is.
   *
   * @return the kind, never null
   */
  public abstract StakeholderKind kind();

  /**
   * The area the stakeholder is based in.
   *
   * @return the area id, never null
   */
  public abstract AreaId homeArea();

  /**
   * Further areas the stakeholder serves.
   *
   * @return the area ids, never null
   */
  public abstract List<AreaId> areasServed();

  /**
   * The hard-to-hear groups it represents.
   *
   * @return the group ids, never null
   */
  public abstract List<GroupId> groups();

  /**
   * Whether it consented to be contacted.
   *
   * @return true when it did; false by default
   */
  @Value.Default
  public boolean contactConsent() {
    return false;
  }

  /**
   * When the register entry was last updated.
   *
   * @return the date, empty when unknown
   */
  public abstract Optional<LocalDate> lastUpdated();

  /** Builds a {@link Stakeholder}. */
  public static final class Builder extends ImmutableStakeholder.Builder {
    Builder() {}
  }
}
