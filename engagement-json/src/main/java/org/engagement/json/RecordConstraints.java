package org.engagement.json;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.validation.BeanValidation;
import org.engagement.core.validation.ValidationCode;

/**
 * The single-field constraints of one record, for streaming reads, with the codes and messages of
 * the dataset validator and JSON Pointers under the record's own.
 */
final class RecordConstraints {

  private RecordConstraints() {}

  static List<JsonProblem> check(Object record, String recordPointer, long line, long column) {
    List<JsonProblem> out = new ArrayList<>();
    for (ConstraintViolation<Object> violation : BeanValidation.validator().validate(record)) {
      List<String> segments = segments(violation.getPropertyPath());
      StringBuilder pointer = new StringBuilder(recordPointer);
      StringBuilder field = new StringBuilder();
      for (String segment : segments) {
        pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        boolean index = !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
        if (index) {
          field.append('[').append(segment).append(']');
        } else {
          field.append(field.length() == 0 ? "" : ".").append(segment);
        }
      }
      String name = field.length() == 0 ? "value" : field.toString();
      Class<? extends Annotation> kind =
          violation.getConstraintDescriptor().getAnnotation().annotationType();
      Object value = violation.getInvalidValue();
      ValidationCode code;
      String message;
      if (kind == NotBlank.class) {
        code = ValidationCode.BLANK_TEXT;
        message = name + " must not be blank";
      } else if (kind == PositiveOrZero.class) {
        code = ValidationCode.NEGATIVE_VALUE;
        message = name + " must not be negative: " + value;
      } else if (kind == Positive.class) {
        code = ValidationCode.NOT_POSITIVE;
        message = name + " must be greater than 0: " + value;
      } else if (kind == Min.class) {
        code = ValidationCode.BELOW_MINIMUM;
        message = name + " must be at least "
            + violation.getConstraintDescriptor().getAttributes().get("value") + ": " + value;
      } else {
        code = ValidationCode.CONSTRAINT_VIOLATED;
        message = name + " " + violation.getMessage();
      }
      out.add(JsonProblem.of(code.severity(), code.name(), pointer.toString(), line, column,
          message));
    }
    out.sort((a, b) -> a.pointer().compareTo(b.pointer()));
    return out;
  }

  /** Property names, list indexes and map keys, in order; container-element names dropped. */
  private static List<String> segments(Path path) {
    List<String> out = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          out.add(node.getIndex().toString());
        } else if (node.getKey() != null) {
          out.add(node.getKey().toString());
        }
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && !name.startsWith("<")) {
        out.add(name);
      }
    }
    return out;
  }
}
