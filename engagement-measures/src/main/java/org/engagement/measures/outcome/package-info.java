/**
 * The five outcome measures of community-police engagement (MPA report 8c, 28 September 2006,
 * paragraph 16), computed exactly as docs/spec/measures.md §2 defines them:
 * {@link org.engagement.measures.outcome.DueConsiderationMeasure} (M1),
 * {@link org.engagement.measures.outcome.ManagementInfluenceMeasure} (M2),
 * {@link org.engagement.measures.outcome.DiverseNeedsMeasure} (M3),
 * {@link org.engagement.measures.outcome.MainstreamingMeasure} (M4) and
 * {@link org.engagement.measures.outcome.ParticipantSatisfactionMeasure} (M5), and
 * {@link org.engagement.measures.outcome.OutcomeMeasures}, the five together.
 *
 * <pre>{@code
 * Scope scope = Scope.of(AreaId.of("E09000022"), Period.financialYear(2012));
 * DueConsiderationMeasure.standard().evaluate(data, scope);
 * }</pre>
 *
 * <p>Every measure is immutable and thread-safe; its partial results merge exactly.
 */
@EngagementStyle
@NullMarked
package org.engagement.measures.outcome;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
