/**
 * Test engagement data and code in JUnit 5.
 *
 * <pre>{@code
 * import static org.engagement.testkit.EngagementAssertions.assertThat;
 *
 * assertThat(DatasetValidator.standard().validate(data))
 *     .hasError(ValidationCode.UNKNOWN_REFERENCE).at("inputs[0](IN-1).activity");
 * assertThat(EngagementJson.standard().read(path))
 *     .hasError(ValidationCode.UNKNOWN_REFERENCE).at("/inputs/1/activity");
 * }</pre>
 *
 * <p>Failure messages list the offending issues, one per line (severity, code, where, message).
 */
package org.engagement.testkit;
