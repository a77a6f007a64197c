/**
 * Runnable examples of the Engagement SDK: the bundled sample dataset and the seeded generator
 * that makes it, a per-area summary of a dataset, and the program that the executable jar runs.
 *
 * <pre>{@code
 * EngagementDataset lambeth = SampleData.lambeth();
 * System.out.print(DatasetSummary.of(lambeth).render());
 * System.out.println(DatasetValidator.standard().validate(lambeth));
 * }</pre>
 *
 * <p>Start with {@link org.engagement.examples.SampleData#lambeth()} (or
 * {@link org.engagement.examples.SampleGenerator} for other seeds and more wards); run
 * {@code java -jar examples/target/engagement-examples.jar} for
 * {@link org.engagement.examples.SampleSummary}, or the JShell script
 * {@code examples/jshell/quickstart.jsh} to build a dataset by hand.
 * {@link org.engagement.examples.WriteSampleJson} rewrites the committed sample file
 * {@code examples/data/lambeth.json} after a change to the generator.
 */
@NullMarked
package org.engagement.examples;

import org.jspecify.annotations.NullMarked;
