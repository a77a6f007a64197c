/**
 * Standards as rule catalogues: the 2012 MPS Quality Standards for Engagement, the 2005
 * consultation strands, the 2011 engagement principles and panel health.
 *
 * <p>The entry point is {@link org.engagement.measures.standards.Rule}: a rule evaluates a dataset
 * and a scope and returns a {@link org.engagement.measures.standards.RuleResult}, with a
 * {@link org.engagement.measures.standards.RuleStatus} and each area's
 * {@link org.engagement.measures.standards.AreaAttainment}. The kinds of rule are
 * {@link org.engagement.measures.standards.PerAreaRule},
 * {@link org.engagement.measures.standards.ShareRule},
 * {@link org.engagement.measures.standards.MinimumRule},
 * {@link org.engagement.measures.standards.CommitmentRule} and
 * {@link org.engagement.measures.standards.NarrativeRule}: the building blocks of your own
 * standards, public with static factories. Per-area and share rules read the records through a
 * {@link org.engagement.measures.standards.RuleContext} and judge an area with an
 * {@link org.engagement.measures.standards.AreaVerdict}. A
 * {@link org.engagement.measures.standards.Catalogue} is a named, ordered set of rules;
 * {@link org.engagement.measures.standards.QualityStandards2012#catalogue()} is the built-in one
 * and {@link org.engagement.measures.standards.ComplianceMatrix} shows a catalogue's results with
 * areas as rows and rules as columns.
 *
 * <p>{@link org.engagement.measures.standards.ConsultationStrands} (with
 * {@link org.engagement.measures.standards.StakeholderNames} and
 * {@link org.engagement.measures.standards.ConsultationFatigue}),
 * {@link org.engagement.measures.standards.EngagementPrinciples} and
 * {@link org.engagement.measures.standards.PanelHealthAssessment} follow docs/spec/measures.md
 * §5–§7.
 */
@EngagementStyle
@NullMarked
package org.engagement.measures.standards;

import org.engagement.core.internal.EngagementStyle;
import org.jspecify.annotations.NullMarked;
