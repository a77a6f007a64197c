/**
 * Dataset validation: {@link org.engagement.core.validation.DatasetValidator} checks every rule
 * of a dataset at once and returns a {@link org.engagement.core.validation.ValidationReport}; it
 * never throws on bad data.
 */
@EngagementStyle
@NullMarked
package org.engagement.core.validation;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
