/**
 * The records of community-police engagement, after the five London police-authority papers
 * (2005–2012): areas, activities, community inputs, decisions, allocations, feedback, surveys,
 * panels, standards evidence, and the {@link org.engagement.core.EngagementDataset} that holds
 * them all.
 *
 * <p>One import serves JShell:
 *
 * <pre>{@code
 * import org.engagement.core.*;
 * Area lambeth = Area.builder()
 *     .id(AreaId.of("E09000022")).name("Lambeth").level(AreaLevel.BOROUGH)
 *     .build();
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe. Values are built with {@code builder()} or
 * {@code of(...)}; single-field rules are Jakarta constraints checked by
 * {@link org.engagement.core.validation.DatasetValidator}, invariants that must always hold are
 * checked when a value is built, and rules between records are checked by the dataset validator.
 */
@EngagementStyle
@NullMarked
package org.engagement.core;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
