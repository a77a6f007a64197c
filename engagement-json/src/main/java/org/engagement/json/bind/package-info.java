/**
 * Internal: the JSON format itself, one codec per type of the domain, from which the Jackson
 * serializers and deserializers, the streaming reader and the JSON Schema are made. Not exported.
 */
@NullMarked
package org.engagement.json.bind;

import org.jspecify.annotations.NullMarked;
