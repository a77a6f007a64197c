/**
 * Survey measures (docs/spec/measures.md §1, §3, §4): the 2005 strategy's additional measures
 * A1–A5, any survey question as a weighted proportion, comparative breakdowns by every demographic
 * category, and change between two scopes.
 *
 * <p>Start with {@link org.engagement.measures.survey.SurveyAnalysis} for estimates, breakdowns
 * and changes, {@link org.engagement.measures.survey.AdditionalMeasures} for A1–A5, and
 * {@link org.engagement.measures.survey.SurveyTables} for published tables.
 */
@EngagementStyle
@NullMarked
package org.engagement.measures.survey;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
