package org.engagement.core;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The demographic dimensions and categories that a dataset's counts and responses use.
 * Categories are data, not code: data is mapped onto the scheme before it enters the model.
 *
 * <pre>{@code
 * DemographicScheme scheme = DemographicScheme.defaultScheme();
 * scheme.dimension("ETHNICITY").orElseThrow().categories();  // ASIAN, BLACK, MIXED, WHITE, OTHER
 * }</pre>
 *
 * <p>Every dimension also has the explicit {@link #NOT_STATED} answer, held apart from the
 * categories: counts keep it as {@link DimensionCounts#notStated()}, responses as the category
 * code {@code NOT_STATED}. Extra dimensions (language, refugee status) are allowed next to the
 * primary ones.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DemographicScheme {

  /** The reserved category code of a person who did not state a dimension. */
  public static final String NOT_STATED = "NOT_STATED";

  DemographicScheme() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default scheme: the six primary dimensions ({@link PrimaryDimension}) with the high-level
   * groups of the 2021 Census of England and Wales (Office for National Statistics): age in six
   * bands (resident_age_6a), disability under the Equality Act (TS038), sex (TS008) with a
   * category for other gender identities, the five high-level ethnic groups (TS021), religion
   * (TS030) and sexual orientation (TS077). The under-16 age band {@code AGE_0_15} is
   * {@linkplain DemographicCategory#compared() not compared} with the reference population:
   * police engagement rarely addresses children, while the census counts all of them.
   *
   * @return the default scheme, never null
   */
  public static DemographicScheme defaultScheme() {
    return DefaultSchemeHolder.DEFAULT;
  }

  /** {@return the dimensions, in display order, never null} */
  public abstract List<@Valid DemographicDimension> dimensions();

  /**
   * Finds a dimension by code.
   *
   * @param code the dimension code, not null
   * @return the dimension, or empty when the scheme has none with that code
   */
  public Optional<DemographicDimension> dimension(String code) {
    // A loop, not a stream: validation looks up every demographic of every response.
    for (DemographicDimension d : dimensions()) {
      if (d.code().equals(code)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The primary dimensions, in scheme order.
   *
   * @return the dimensions marked primary, never null
   */
  public List<DemographicDimension> primaryDimensions() {
    return dimensions().stream().filter(DemographicDimension::primary).toList();
  }

  /**
   * Whether {@code category} is a category of {@code dimension} in this scheme, or
   * {@link #NOT_STATED} of a known dimension.
   *
   * @param dimension the dimension code, not null
   * @param category the category code, not null
   * @return true when the scheme knows the pair
   */
  public boolean knows(String dimension, String category) {
    Optional<DemographicDimension> d = dimension(dimension);
    return d.isPresent() && (NOT_STATED.equals(category) || d.get().category(category).isPresent());
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < dimensions().size(); i++) {
      DemographicDimension dimension = dimensions().get(i);
      if (!seen.add(dimension.code())) {
        throw new RecordInvariantException("DUPLICATE_ENTRY", "dimensions." + i + ".code",
            "demographic scheme lists dimension " + dimension.code() + " twice");
      }
    }
  }

  /** Builds a {@link DemographicScheme}. */
  public static final class Builder extends ImmutableDemographicScheme.Builder {
    Builder() {}
  }

  private static final class DefaultSchemeHolder {
    /** The default scheme's categories not compared with the reference: children under 16. */
    static final Set<String> NOT_COMPARED = Set.of("AGE_0_15");

    static final DemographicScheme DEFAULT =
        builder()
            .addDimensions(
                dimension(PrimaryDimension.AGE, "Age",
                    "AGE_0_15", "Aged 15 years and under",
                    "AGE_16_24", "Aged 16 to 24 years",
                    "AGE_25_34", "Aged 25 to 34 years",
                    "AGE_35_49", "Aged 35 to 49 years",
                    "AGE_50_64", "Aged 50 to 64 years",
                    "AGE_65_PLUS", "Aged 65 years and over"),
                dimension(PrimaryDimension.DISABILITY, "Disability",
                    "DISABLED", "Disabled under the Equality Act",
                    "NOT_DISABLED", "Not disabled under the Equality Act"),
                dimension(PrimaryDimension.GENDER, "Gender",
                    "FEMALE", "Female",
                    "MALE", "Male",
                    "OTHER", "Another gender identity"),
                dimension(PrimaryDimension.ETHNICITY, "Ethnicity",
                    "ASIAN", "Asian, Asian British or Asian Welsh",
                    "BLACK", "Black, Black British, Black Welsh, Caribbean or African",
                    "MIXED", "Mixed or Multiple ethnic groups",
                    "WHITE", "White",
                    "OTHER", "Other ethnic group"),
                dimension(PrimaryDimension.FAITH, "Religion or belief",
                    "NO_RELIGION", "No religion",
                    "CHRISTIAN", "Christian",
                    "BUDDHIST", "Buddhist",
                    "HINDU", "Hindu",
                    "JEWISH", "Jewish",
                    "MUSLIM", "Muslim",
                    "SIKH", "Sikh",
                    "OTHER_RELIGION", "Other religion"),
                dimension(PrimaryDimension.SEXUAL_ORIENTATION, "Sexual orientation",
                    "STRAIGHT", "Straight or Heterosexual",
                    "GAY_OR_LESBIAN", "Gay or Lesbian",
                    "BISEXUAL", "Bisexual",
                    "OTHER", "All other sexual orientations"))
            .build();

    private static DemographicDimension dimension(
        PrimaryDimension code, String label, String... codesAndLabels) {
      DemographicDimension.Builder builder =
          DemographicDimension.builder().code(code.code()).label(label).primary(true);
      for (int i = 0; i < codesAndLabels.length; i += 2) {
        builder.addCategories(DemographicCategory.of(codesAndLabels[i], codesAndLabels[i + 1],
            !NOT_COMPARED.contains(codesAndLabels[i])));
      }
      return builder.build();
    }
  }
}
