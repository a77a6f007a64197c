package org.engagement.json;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the Jakarta constraints of a type's accessors into the JSON Schema of its properties, so
 * that the schema says what the dataset validator's single-field rules say: {@code @NotBlank}
 * text, {@code @PositiveOrZero} counts, {@code @Positive} weights, {@code @Min} support. A
 * constraint on an element, {@code List<@NotBlank String>}, goes to the array's items; on a
 * map's value, {@code Map<String, @PositiveOrZero Long>}, to its values.
 *
 * <p>A constraint this class cannot express fails the making of the schema, so that a new one
 * cannot be left out of it silently.
 */
final class Constraints {

  private Constraints() {}

  /**
   * Adds the constraints of {@code type}'s accessor named {@code property}, if it has one, to the
   * property's schema.
   */
  static void apply(Class<?> type, String property, ObjectNode schema, SchemaContext s) {
    Method accessor;
    try {
      accessor = type.getMethod(property);
    } catch (NoSuchMethodException e) {
      return;
    }
    apply(accessor.getAnnotatedReturnType(), schema, type.getSimpleName() + "." + property, s);
  }

  private static void apply(
      AnnotatedType type, ObjectNode schema, String where, SchemaContext s) {
    for (Annotation annotation : type.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
        constrain(annotation, schema, where, s);
      }
    }
    if (!(type instanceof AnnotatedParameterizedType parameterized)) {
      return;
    }
    Class<?> raw = raw(parameterized.getType());
    AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
    if (raw == Optional.class) {
      apply(arguments[0], schema, where, s);
    } else if (Collection.class.isAssignableFrom(raw)) {
      apply(arguments[0], part(schema, "items", where), where + "[]", s);
    } else if (Map.class.isAssignableFrom(raw)) {
      if (arguments[0].getAnnotations().length > 0) {
        apply(arguments[0], part(schema, "propertyNames", where), where + " key", s);
      }
      apply(arguments[1], part(schema, "additionalProperties", where), where + " value", s);
    }
  }

  private static void constrain(
      Annotation annotation, ObjectNode schema, String where, SchemaContext s) {
    if (annotation instanceof NotBlank) {
      if (!"string".equals(schema.path("type").asString("")) || schema.has("$ref")) {
        throw new IllegalStateException(where + ": @NotBlank on a value other than text");
      }
      schema.remove("type");
      schema.setAll(Scalars.notBlankText(s));
    } else if (annotation instanceof PositiveOrZero) {
      raiseMinimum(schema, BigDecimal.ZERO, false);
    } else if (annotation instanceof Positive) {
      raiseMinimum(schema, BigDecimal.ZERO, true);
    } else if (annotation instanceof Min min) {
      raiseMinimum(schema, BigDecimal.valueOf(min.value()), false);
    } else if (annotation instanceof Max max) {
      BigDecimal value = BigDecimal.valueOf(max.value());
      JsonNode old = schema.get("maximum");
      if (old == null || old.decimalValue().compareTo(value) > 0) {
        schema.put("maximum", max.value());
      }
    } else {
      throw new IllegalStateException(where + ": no JSON Schema for the constraint @"
          + annotation.annotationType().getSimpleName());
    }
  }

  /** Raises the schema's lower bound to {@code value}, exclusive or not; never lowers it. */
  private static void raiseMinimum(ObjectNode schema, BigDecimal value, boolean exclusive) {
    boolean integer = "integer".equals(schema.path("type").asString(""));
    BigDecimal inclusive = value;
    if (exclusive && integer) {
      inclusive = value.add(BigDecimal.ONE);
      exclusive = false;
    }
    JsonNode old = schema.get(exclusive ? "exclusiveMinimum" : "minimum");
    if (old != null && old.decimalValue().compareTo(inclusive) >= 0) {
      return;
    }
    if (exclusive) {
      JsonNode minimum = schema.get("minimum");
      if (minimum != null && minimum.decimalValue().compareTo(inclusive) <= 0) {
        schema.remove("minimum");
      }
      schema.put("exclusiveMinimum", inclusive.longValueExact());
    } else {
      schema.put("minimum", inclusive.longValueExact());
    }
  }

  /** The schema of a part of {@code schema}: its items, property names or values. */
  private static ObjectNode part(ObjectNode schema, String name, String where) {
    JsonNode part = schema.get(name);
    if (part == null) {
      part = schema.putObject(name);
    }
    if (!(part instanceof ObjectNode object)) {
      throw new IllegalStateException(where + ": the schema has no object " + name);
    }
    return object;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return raw(parameterized.getRawType());
    }
    return type instanceof Class<?> c ? c : Object.class;
  }
}
