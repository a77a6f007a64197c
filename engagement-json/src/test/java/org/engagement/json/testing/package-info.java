/**
 * Test generators of this module: {@link org.engagement.json.testing.JsonArbitraries} makes
 * datasets whose values lie at the edges of JSON (escapes, surrogates, extreme numbers and dates),
 * beside engagement-core's shared {@code EngagementArbitraries}.
 */
package org.engagement.json.testing;
