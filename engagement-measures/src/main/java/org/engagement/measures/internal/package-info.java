/**
 * Internal machinery of the measures: the secondary indexes built once per dataset, the scope
 * filter every measure shares, exact sums, proportions and medians, reference-population counts,
 * valid survey answers and the indicators computed from them. Not part of the API: not exported
 * from the module, and subject to change without notice.
 */
@EngagementStyle
@NullMarked
package org.engagement.measures.internal;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
