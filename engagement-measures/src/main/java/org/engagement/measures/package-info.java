/**
 * Measures of community-police engagement and their results: the {@link
 * org.engagement.measures.Measure} interface with its partial/merge path, {@link
 * org.engagement.measures.MeasureResult} with indicators, {@link org.engagement.measures.Rating},
 * evidence and {@link org.engagement.measures.Gap}s, and the {@link
 * org.engagement.measures.RatingScale} that grades scores.
 *
 * <pre>{@code
 * import org.engagement.measures.outcome.*;
 * MeasureResult m1 = DueConsiderationMeasure.standard().evaluate(data, scope);
 * }</pre>
 *
 * <p>The five outcome measures of the 2006 report live in {@link
 * org.engagement.measures.outcome}, the statistics in {@link org.engagement.measures.stats}.
 * Every type here is immutable and thread-safe.
 */
@EngagementStyle
@NullMarked
package org.engagement.measures;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
