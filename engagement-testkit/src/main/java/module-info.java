/**
 * The Engagement SDK test kit: AssertJ assertions for validation reports, read results, datasets,
 * measure results, scorecards and standards results; builders of small valid datasets; and folders
 * of fixture files run as JUnit 5 dynamic tests; jqwik arbitraries of random valid datasets and of
 * datasets broken by one targeted mutation.
 *
 * <p>Start with {@link org.engagement.testkit.EngagementAssertions} and
 * {@link org.engagement.testkit.TestDatasets}. Add the kit with test scope.
 */
module org.engagement.testkit {
  requires transitive org.engagement.json;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires transitive net.jqwik.api;
  requires static org.jspecify;

  exports org.engagement.testkit;
}
