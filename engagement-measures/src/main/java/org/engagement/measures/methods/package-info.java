/**
 * What works where — the methods "shopping list" (docs/spec/measures.md §8): use, reach of
 * communities, voice, influence and cost per engagement method, and per mode × openness, with
 * the methods that best reach each under-represented community.
 *
 * <p>The entry point is {@link org.engagement.measures.methods.MethodAnalysis}: its
 * {@link org.engagement.measures.methods.MethodPartial partials} hold exact counts and sums and
 * merge like a measure's, and its result is a
 * {@link org.engagement.measures.methods.MethodReport}, published by
 * {@link org.engagement.measures.methods.MethodTables}.
 */
@EngagementStyle
@NullMarked
package org.engagement.measures.methods;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
