/**
 * The {@code engagement} command line: validate a dataset, print its scorecard or one measure,
 * compare a survey figure between two periods, check the 2012 quality standards, print the JSON
 * Schema, and import Polis and police.uk data.
 *
 * <pre class="language-shell">{@code
 * $ examples/bin/engagement validate lambeth.json
 * ReadResult: valid, 0 errors, 0 warnings
 * $ examples/bin/engagement scorecard lambeth.json --format md
 * }</pre>
 *
 * <p>Entry point: {@link org.engagement.examples.cli.EngagementCommand}.
 */
@NullMarked
package org.engagement.examples.cli;

import org.jspecify.annotations.NullMarked;
