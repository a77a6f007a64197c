/**
 * Test generators of this module. {@link org.engagement.json.testing.JsonArbitraries} makes
 * arbitrary engagement datasets for the round-trip property until engagement-core's shared
 * generators reach this module's test class path.
 */
package org.engagement.json.testing;
