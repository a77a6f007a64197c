/**
 * JSON for the Engagement SDK. Placeholder.
 */
// The SDK's Immutables style (org.engagement.core.internal.EngagementStyle), repeated here
// because the engagement-core release this module builds against does not yet export it.
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    get = {},
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(prehash = false),
    allParameters = false)
@NullMarked
package org.engagement.json;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
