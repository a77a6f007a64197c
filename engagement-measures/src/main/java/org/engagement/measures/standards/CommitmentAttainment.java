package org.engagement.measures.standards;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.engagement.core.Commitment;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Measurement;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.internal.DatasetIndex;

/**
 * Commitment attainment (docs/spec/standards.md): over the commitments tagged with a standard whose
 * area is in the scope's subtree or is an ancestor of the scope area, the mean of {@code min(1,
 * latest actual / target)}, the latest actual being the last measurement dated not after {@code
 * min(deadline, as-of)} (none: 0).
 *
 * <pre>{@code
 * CommitmentAttainment.commitments(data, scope, "YE-2");   // [YE-2 cadets commitment]
 * CommitmentAttainment.of(data, scope, "YE-2");            // OptionalDouble[0.8125]
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CommitmentAttainment {

  private CommitmentAttainment() {}

  /**
   * The commitments a standard is scored on in a scope.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @param standard the standard's id, e.g. {@code "YE-2"}, not null
   * @return sorted by id, never null
   */
  public static List<Commitment> commitments(
      EvaluationContext context, Scope scope, String standard) {
    EngagementDataset data = context.dataset();
    List<Commitment> out = new ArrayList<>();
    for (Commitment c : DatasetIndex.of(context).commitmentsTagged(standard)) {
      if (data.isWithin(c.area(), scope.area()) || data.isWithin(scope.area(), c.area())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The commitments a standard is scored on in a scope, with a new {@link EvaluationContext} of
   * {@code data}: this call indexes the whole dataset. For more than one call, build the context
   * once and use {@link #commitments(EvaluationContext, Scope, String)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param standard the standard's id, e.g. {@code "YE-2"}, not null
   * @return sorted by id, never null
   */
  public static List<Commitment> commitments(EngagementDataset data, Scope scope, String standard) {
    return commitments(EvaluationContext.of(data), scope, standard);
  }

  /**
   * The attainment of one commitment as of a date.
   *
   * @param commitment the commitment, not null
   * @param asOf the as-of date, not null
   * @return {@code min(1, latest / target)} in [0, 1]; 0 without a measurement by
   *     {@code min(deadline, asOf)}, with a negative one, or with a target that is not positive
   */
  public static double of(Commitment commitment, LocalDate asOf) {
    Optional<BigDecimal> latest = latest(commitment, asOf);
    if (latest.isEmpty() || commitment.target().signum() <= 0) {
      return 0;
    }
    double ratio = latest.get().divide(commitment.target(), MathContext.DECIMAL64).doubleValue();
    return Math.max(0, Math.min(1, ratio));
  }

  /**
   * The latest actual of a commitment: the last measurement dated not after
   * {@code min(deadline, asOf)}; of two on that date, the larger (so the order of the list does
   * not matter).
   *
   * @param commitment the commitment, not null
   * @param asOf the as-of date, not null
   * @return the value, or empty when there is none
   */
  public static Optional<BigDecimal> latest(Commitment commitment, LocalDate asOf) {
    LocalDate cutoff = commitment.deadline().isBefore(asOf) ? commitment.deadline() : asOf;
    Measurement best = null;
    for (Measurement m : commitment.measurements()) {
      if (m.date().isAfter(cutoff)) {
        continue;
      }
      if (best == null
          || m.date().isAfter(best.date())
          || (m.date().equals(best.date()) && m.value().compareTo(best.value()) > 0)) {
        best = m;
      }
    }
    return Optional.ofNullable(best).map(Measurement::value);
  }

  /**
   * The commitment attainment of a standard in a scope.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @param standard the standard's id, not null
   * @return the mean in [0, 1], or empty when no commitment is tagged with the standard
   */
  public static OptionalDouble of(EvaluationContext context, Scope scope, String standard) {
    List<Commitment> commitments = commitments(context, scope, standard);
    if (commitments.isEmpty()) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (Commitment c : commitments) {
      sum += of(c, scope.asOf());
    }
    return OptionalDouble.of(sum / commitments.size());
  }

  /**
   * The commitment attainment of a standard in a scope, with a new {@link EvaluationContext} of
   * {@code data}: this call indexes the whole dataset. For more than one call, build the context
   * once and use {@link #of(EvaluationContext, Scope, String)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param standard the standard's id, not null
   * @return the mean in [0, 1], or empty when no commitment is tagged with the standard
   */
  public static OptionalDouble of(EngagementDataset data, Scope scope, String standard) {
    return of(EvaluationContext.of(data), scope, standard);
  }
}
