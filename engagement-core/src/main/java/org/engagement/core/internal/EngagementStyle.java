package org.engagement.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Internal: not part of the SDK's API. The Immutables style of the SDK's value types, applied in
 * {@code package-info.java}. One type departs from it: {@code SurveyResponse} repeats these
 * settings on itself, with its two maps as plain attributes, which it stores compactly.
 *
 * <p>Users never see the generated {@code Immutable*} classes: every value type offers
 * {@code builder()} and/or {@code of(...)} on its public abstract type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    // The generated implementation is package-private: the abstract type is the public API.
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // Generated factories and builders return the abstract type, not Immutable*.
    overshadowImplementation = true,
    // Plain JDK collections and Optional, no Guava on the class path.
    jdkOnly = true,
    // Accessors keep the record-style name(): no get/is prefixes to strip.
    get = {},
    // A missing mandatory attribute fails build() with the attribute's name.
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    // Builders are created by the abstract type's builder(), never by "new".
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // Hash codes are computed on demand, not at construction: most values are never hashed.
    defaults = @Value.Immutable(prehash = false),
    // of(...) takes only the attributes marked @Value.Parameter, never every attribute.
    allParameters = false)
public @interface EngagementStyle {}
