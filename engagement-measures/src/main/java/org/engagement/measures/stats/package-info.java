/**
 * The statistics of the measures (docs/spec/measures.md §1), as pure functions and immutable
 * values: {@link org.engagement.measures.stats.WeightedProportion} with its Kish effective size and
 * Wilson interval, {@link org.engagement.measures.stats.ProportionChange} (Newcombe's hybrid
 * score interval, the two-proportion z-test and the minimum detectable difference),
 * {@link org.engagement.measures.stats.Representativeness} with its
 * {@link org.engagement.measures.stats.ChiSquare} goodness of fit, and
 * {@link org.engagement.measures.stats.Spearman}'s rank correlation.
 *
 * <pre>{@code
 * WeightedProportion p = WeightedProportion.unweighted(81, 263);
 * p.interval();   // [0.2553, 0.3662], Newcombe (1998)
 * }</pre>
 *
 * <p>Distribution functions come from Apache Commons Statistics. Comparisons with thresholds
 * lean by {@link org.engagement.measures.stats.Tolerance#EPSILON} toward the stated side.
 * Every type here is immutable and thread-safe.
 */
@EngagementStyle
@NullMarked
package org.engagement.measures.stats;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
