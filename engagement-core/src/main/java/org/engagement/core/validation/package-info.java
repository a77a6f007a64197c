/**
 * Dataset validation: {@link org.engagement.core.validation.DatasetValidator} checks every rule
 * of a dataset at once (single-field constraints, references between records, dates in order,
 * demographic counts, answers, structure) and returns a
 * {@link org.engagement.core.validation.ValidationReport} of
 * {@link org.engagement.core.validation.ValidationIssue}s, each with a
 * {@link org.engagement.core.validation.ValidationCode}, a
 * {@link org.engagement.core.validation.Severity} and the path of the record it concerns; it
 * never throws on bad data.
 */
@EngagementStyle
@NullMarked
package org.engagement.core.validation;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
