/**
 * Internal: the JSON format itself, one codec per type of the domain and of the results
 * (measure results, scorecards, rating scales, validation reports), from which the Jackson
 * serializers and deserializers, the streaming reader and the JSON Schemas are made. Not
 * exported.
 */
@NullMarked
package org.engagement.json.bind;

import org.jspecify.annotations.NullMarked;
