/**
 * The figures of the user guide in {@code docs/} and of the repository's {@code README.md}:
 * {@link org.engagement.examples.guide.GuideFigures} checks or rewrites every generated block,
 * and {@link org.engagement.examples.guide.Figures} names what each block shows, computed by
 * running the SDK.
 */
@NullMarked
package org.engagement.examples.guide;

import org.jspecify.annotations.NullMarked;
