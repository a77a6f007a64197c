/**
 * Internal machinery shared by the SDK's modules. Not part of the API: not exported from the
 * module, and subject to change without notice.
 */
@NullMarked
package org.engagement.core.internal;

import org.jspecify.annotations.NullMarked;
