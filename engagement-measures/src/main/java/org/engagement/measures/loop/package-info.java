/**
 * Closing the loop and repeat participation (docs/spec/measures.md §9, §10): whether each
 * community input was answered in published feedback — "We asked, You said, We did" per input —
 * and whether participants come back.
 *
 * <p>{@link org.engagement.measures.loop.ClosingTheLoopMeasure} is a ratio measure of answered
 * inputs; {@link org.engagement.measures.loop.RepeatParticipationMeasure} is a ratio measure of
 * returning participants, with {@link org.engagement.measures.loop.Retention} between two
 * periods. Both have partials that merge exactly.
 */
@EngagementStyle
@NullMarked
package org.engagement.measures.loop;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
