/**
 * The published report of an area over a period as one self-contained HTML page: the page model,
 * the charts (JFreeChart drawn as SVG by Apache Batik) and the jte templates' data. The command
 * {@code engagement report} writes it.
 *
 * <pre class="language-shell">{@code
 * $ examples/bin/engagement report lambeth.json --period FY2012 -o lambeth-2012.html
 * }</pre>
 *
 * <p>Entry point: {@link org.engagement.examples.report.Report#html}.
 */
@NullMarked
package org.engagement.examples.report;

import org.jspecify.annotations.NullMarked;
