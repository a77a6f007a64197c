/**
 * The Engagement SDK's measures: the five outcome measures of the 2006 report (due
 * consideration, influence on management, understanding diverse needs, mainstreaming,
 * participant satisfaction), ratings, scorecards with exact roll-up, the 2005 strategy's survey
 * measures (A1–A5, comparative breakdowns by group, change between waves), standards as rule
 * catalogues, and the statistics they rest on.
 *
 * <p>Start with {@link org.engagement.measures.outcome.OutcomeMeasures} and the overview of
 * {@link org.engagement.measures}.
 */
module org.engagement.measures {
  requires transitive org.engagement.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires org.apache.commons.statistics.distribution;

  exports org.engagement.measures;
  exports org.engagement.measures.loop;
  exports org.engagement.measures.methods;
  exports org.engagement.measures.outcome;
  exports org.engagement.measures.standards;
  exports org.engagement.measures.stats;
  exports org.engagement.measures.survey;
}
