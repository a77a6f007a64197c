/**
 * The figures of the user guide in {@code docs/}: {@link org.engagement.examples.guide.GuideFigures}
 * checks or rewrites every generated block, and {@link org.engagement.examples.guide.Figures}
 * names what each block shows, computed by running the SDK.
 */
@NullMarked
package org.engagement.examples.guide;

import org.jspecify.annotations.NullMarked;
