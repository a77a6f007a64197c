package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named group that traditional engagement methods miss (young people, some faith communities,
 * LGBT communities, disabled people, refugees, "time poor" residents…), declared for an area.
 * Stakeholders cite the groups they represent by id (2005 strategy §4).
 *
 * <pre>{@code
 * HardToHearGroup youth = HardToHearGroup.of(
 *     GroupId.of("HTH-YOUTH"), "Young people", AreaId.of("E09000022"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HardToHearGroup implements Identified {

  HardToHearGroup() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a group without description.
   *
   * @param id the id, not null
   * @param name the name, not blank
   * @param area the area it is declared for, not null
   * @return the group, never null
   */
  public static HardToHearGroup of(GroupId id, String name, AreaId area) {
    return builder().id(id).name(name).area(area).build();
  }

  /** {@return the id, never null} */
  public abstract GroupId id();

  /**
   * The group's name.
   *
   * @return the name, not blank
   */
  @NotBlank
  public abstract String name();

  /**
   * The area it is declared for.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /**
   * Who the group is and why it is hard to hear.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /** Builds a {@link HardToHearGroup}. */
  public static final class Builder extends ImmutableHardToHearGroup.Builder {
    Builder() {}
  }
}
