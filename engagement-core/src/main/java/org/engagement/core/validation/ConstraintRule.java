package org.engagement.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.engagement.core.DemographicScheme;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.internal.RecordPlace;

/**
 * The single-field rules: runs the shared Jakarta validator on each record, in the dataset
 * validator's one pass over the records, and on the dataset's demographic scheme, and turns each
 * violation into an issue at the record and field.
 */
final class ConstraintRule implements DatasetRule {

  @Override
  public String name() {
    return "single-field constraints";
  }

  @Override
  public void check(EngagementDataset dataset, Issues out, RecordPass pass) {
    Validator validator = BeanValidation.validator();
    // The dataset's own constraints are those of its scheme and of its records. The scheme is
    // checked now; each record when the pass reaches it, which is what a cascade from the
    // dataset would find, without a second walk over two million records.
    for (ConstraintViolation<DemographicScheme> violation : validator.validate(dataset.scheme())) {
      List<String> segments = new ArrayList<>();
      segments.add("scheme");
      segments.addAll(segments(violation.getPropertyPath()));
      out.add(toIssue(IssuePath.builder().field(segments).build(), violation));
    }
    for (RecordType type : RecordType.values()) {
      pass.each(dataset.records(type), type, (record, at) -> check(record, at, out::add));
    }
  }

  /** Adds the single-field issues of one record, at its place. */
  private static void check(Object record, RecordPlace at, Consumer<ValidationIssue> out) {
    for (ConstraintViolation<Object> violation : BeanValidation.validator().validate(record)) {
      out.accept(toIssue(at.path(segments(violation.getPropertyPath()).toArray()), violation));
    }
  }

  /** The single-field issues of one record, at {@code type}, {@code index}, with its id. */
  static List<ValidationIssue> checkRecord(RecordType type, int index, Object record) {
    List<ValidationIssue> out = new ArrayList<>();
    check(record, RecordPlace.of(type, index, EngagementDataset.idOf(record)), out::add);
    out.sort(java.util.Comparator.comparing(ValidationIssue::path)
        .thenComparing(ValidationIssue::code).thenComparing(ValidationIssue::message));
    return out;
  }

  private static ValidationIssue toIssue(IssuePath path, ConstraintViolation<?> violation) {
    String field = path.field().isEmpty() ? "value" : fieldText(path.field());
    Class<? extends Annotation> kind =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    Object value = violation.getInvalidValue();
    ValidationCode code;
    String message;
    if (kind == NotBlank.class) {
      code = ValidationCode.BLANK_TEXT;
      message = field + " must not be blank: '" + value + "'";
    } else if (kind == PositiveOrZero.class) {
      code = ValidationCode.NEGATIVE_VALUE;
      message = field + " must not be negative: " + value;
    } else if (kind == Positive.class) {
      code = ValidationCode.NOT_POSITIVE;
      message = field + " must be greater than 0: " + value;
    } else if (kind == Min.class) {
      code = ValidationCode.BELOW_MINIMUM;
      Object min = violation.getConstraintDescriptor().getAttributes().get("value");
      message = field + " must be at least " + min + ": " + value;
    } else {
      code = ValidationCode.CONSTRAINT_VIOLATED;
      message = field + " " + violation.getMessage() + ": " + value;
    }
    return ValidationIssue.of(code, path, message);
  }

  /** Property names, list indexes and map keys, in order; container-element names dropped. */
  static List<String> segments(Path path) {
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

  private static String fieldText(List<String> field) {
    StringBuilder out = new StringBuilder();
    for (String segment : field) {
      if (segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
        out.append('[').append(segment).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(segment);
      }
    }
    return out.toString();
  }
}
