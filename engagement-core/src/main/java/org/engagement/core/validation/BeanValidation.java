package org.engagement.core.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * The one shared Jakarta {@link Validator} that checks the single-field constraints of the SDK's
 * records (Hibernate Validator).
 *
 * <pre>{@code
 * import jakarta.validation.ConstraintViolation;
 *
 * Set<ConstraintViolation<CommunityInput>> problems = BeanValidation.validator().validate(input);
 * }</pre>
 *
 * <p>The SDK's records use record-style accessors ({@code name()}, not {@code getName()}), which
 * Hibernate Validator ignores by default, so that constraints would silently do nothing. This
 * validator treats every public no-argument method that returns a value as a property. It uses
 * {@link ParameterMessageInterpolator}, so no Expression Language implementation is needed.
 * {@link DatasetValidator} runs it on every record of a dataset (and on its demographic scheme)
 * and turns its violations into {@link ValidationIssue}s; use it directly to check single
 * records.
 *
 * <p>The factory is built once per JVM, on first use. This class is thread-safe.
 */
public final class BeanValidation {

  private BeanValidation() {}

  /**
   * Returns the shared validator.
   *
   * @return the validator, never null; thread-safe
   */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }

  private static final class Holder {
    /**
     * Hibernate Validator announces its version on the first validation; a library should not
     * write to its users' logs unasked. Held in a field so that the level is not lost when the
     * logger would otherwise be garbage-collected.
     */
    static final java.util.logging.Logger VERSION_LOGGER = quietVersionLogger();

    static final ValidatorFactory FACTORY =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .getterPropertySelectionStrategy(new AccessorStrategy())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();

    private static java.util.logging.Logger quietVersionLogger() {
      java.util.logging.Logger logger =
          java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
      if (logger.getLevel() == null) {
        logger.setLevel(java.util.logging.Level.WARNING);
      }
      return logger;
    }
  }

  /** Every no-argument method that returns a value is a property named after the method. */
  private static final class AccessorStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> NOT_PROPERTIES =
        Set.of("toString", "hashCode", "getClass", "clone", "builder");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length == 0
          && executable.getReturnType() != void.class
          && !NOT_PROPERTIES.contains(executable.getName())) {
        return Optional.of(executable.getName());
      }
      return Optional.empty();
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }
}
