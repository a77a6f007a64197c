/**
 * Internal machinery shared by the SDK's modules:
 * {@link org.engagement.core.internal.EngagementStyle}, the Immutables style of the value types,
 * and the checks of the dataset validator that a validator reading a file record by record
 * shares ({@link org.engagement.core.internal.SumRangeCheck},
 * {@link org.engagement.core.internal.CrossRecordTraps},
 * {@link org.engagement.core.internal.AnswerCheck}), with the place of a record that every
 * validation path is made from ({@link org.engagement.core.internal.RecordPlace}) and the table
 * of ids both validators find duplicates with ({@link org.engagement.core.internal.IdTable}).
 * Not part of the API: exported only to the SDK's own modules (engagement-measures and
 * engagement-json), and subject to change without notice.
 */
@NullMarked
package org.engagement.core.internal;

import org.jspecify.annotations.NullMarked;
