/**
 * Measures of community-police engagement, their results, and the scorecards that roll them up
 * over an area tree.
 *
 * <p>Start with {@link org.engagement.measures.outcome.OutcomeMeasures}: the five outcome
 * measures of the 2006 report, each with its {@link org.engagement.measures.RatingScale}. A
 * {@link org.engagement.measures.Measure} evaluates a dataset for a scope and returns a
 * {@link org.engagement.measures.MeasureResult}: a score in [0, 1] or NOT_ASSESSABLE with a
 * reason, named {@link org.engagement.measures.Indicator}s, a
 * {@link org.engagement.measures.Rating}, the evidence and the
 * {@link org.engagement.measures.Gap}s.
 *
 * <pre>{@code
 * OutcomeMeasures five = OutcomeMeasures.standard();
 * Scope fy2012 = Scope.of(AreaId.of("E09000022"), Period.financialYear(2012));
 * EvaluationContext context = EvaluationContext.of(data);   // the dataset, indexed once
 * MeasureResult m1 = five.dueConsideration().evaluate(context, fy2012);
 * Scorecard card = five.scorecard(context, fy2012, AreaLevel.WARD);
 * String published = MarkdownTables.of(card);
 * }</pre>
 *
 * <p>An {@link org.engagement.measures.EvaluationContext} holds a dataset and the indexes every
 * measure and rule looks records up in, built once on first use and shared, between threads
 * too, by everything evaluated with it; a measure of one's own keeps its own index there with
 * {@link org.engagement.measures.EvaluationContext#derived}. Build one context per dataset and
 * hand it to every measure, scorecard, catalogue and survey analysis. The overloads that take an
 * {@link org.engagement.core.EngagementDataset} instead build a new context, and so index the
 * whole dataset, on every call: they suit a single evaluation.
 *
 * <p>A {@link org.engagement.measures.Scorecard} holds the measures for a scope and for each of
 * its areas at a level (every ward of a borough, every borough of the force). Its total row is
 * computed by exact roll-up, never by averaging rows: each measure's
 * {@link org.engagement.measures.MeasurePartial}s hold exact counts and sums and merge, part by
 * part, in the order {@link org.engagement.measures.Evaluation} does not change. The published
 * renderings, {@link org.engagement.measures.MarkdownTables} and
 * {@link org.engagement.measures.CsvTables}, apply
 * {@link org.engagement.measures.DisclosureControl}; the values the API returns never do.
 *
 * <p>The sub-packages: {@link org.engagement.measures.outcome}, the five outcome measures
 * (M1–M5); {@link org.engagement.measures.survey}, the survey measures (A1–A5, estimates,
 * breakdowns by group, change between waves) and their published tables;
 * {@link org.engagement.measures.standards}, standards as rule catalogues (the 2012 Quality
 * Standards, the 2005 consultation strands, the 2011 engagement principles, panel health); and
 * {@link org.engagement.measures.stats}, the statistics all of them rest on.
 *
 * <p>Every value type here is immutable and thread-safe; the table renderers are stateless.
 */
@EngagementStyle
@NullMarked
package org.engagement.measures;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
