package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ConstraintsTest {

  /** Accessors with constraints, as the core types have them. */
  public abstract static class Sample {
    @Positive
    public abstract int positiveInt();

    public abstract Optional<@Positive Double> positiveDouble();

    @Min(3)
    @Max(7)
    public abstract long between();

    public abstract List<@NotBlank String> texts();

    public abstract Map<String, @PositiveOrZero Long> counts();

    @Size(max = 3)
    public abstract String sized();

    @NotBlank
    public abstract long notText();
  }

  private final SchemaContext s = new SchemaContext();

  @Test
  void positive_isAMinimumOf1ForAWholeNumber() {
    ObjectNode schema = Scalars.INT.schema(s);
    Constraints.apply(Sample.class, "positiveInt", schema, s);
    assertThat(schema.get("minimum").asLong()).isOne();
  }

  @Test
  void positive_isAnExclusiveMinimumOf0ForANumber_inPlaceOfTheTypesMinimum() {
    ObjectNode schema = Scalars.DOUBLE.schema(s);
    Constraints.apply(Sample.class, "positiveDouble", schema, s);
    assertThat(schema.get("exclusiveMinimum").asLong()).isZero();
    assertThat(schema.has("minimum")).isFalse();
  }

  @Test
  void minAndMax_narrowTheTypesRange() {
    ObjectNode schema = Scalars.LONG.schema(s);
    Constraints.apply(Sample.class, "between", schema, s);
    assertThat(schema.get("minimum").asLong()).isEqualTo(3);
    assertThat(schema.get("maximum").asLong()).isEqualTo(7);
  }

  @Test
  void constraintsOnElementsAndValues_goToItemsAndAdditionalProperties() {
    ObjectNode list = Collections2.list(Scalars.TEXT).schema(s);
    Constraints.apply(Sample.class, "texts", list, s);
    assertThat(list.at("/items/$ref").asString()).isEqualTo("#/$defs/notBlankText");

    ObjectNode map = Collections2.map("code", c -> c, Scalars.LONG).schema(s);
    Constraints.apply(Sample.class, "counts", map, s);
    assertThat(map.at("/additionalProperties/minimum").asLong()).isZero();
  }

  @Test
  void aConstraintWithoutASchema_failsTheSchemaRatherThanBeingLeftOut() {
    assertThatThrownBy(() -> Constraints.apply(Sample.class, "sized", Scalars.TEXT.schema(s), s))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("@Size");
    assertThatThrownBy(
        () -> Constraints.apply(Sample.class, "notText", Scalars.LONG.schema(s), s))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("@NotBlank");
  }

  @Test
  void aPropertyWithoutAnAccessor_isLeftAsItIs() {
    ObjectNode schema = Scalars.TEXT.schema(s);
    Constraints.apply(Sample.class, "none", schema, s);
    assertThat(schema).isEqualTo(Scalars.TEXT.schema(s));
  }
}
