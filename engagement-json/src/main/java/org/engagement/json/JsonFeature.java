package org.engagement.json;

/**
 * The options of {@link EngagementJson}, switched with {@link EngagementJson#enable} and
 * {@link EngagementJson#disable}:
 *
 * <pre>{@code
 * EngagementJson lenient = EngagementJson.standard()
 *     .enable(JsonFeature.ALLOW_UNKNOWN_PROPERTIES)
 *     .disable(JsonFeature.VALIDATE);
 * }</pre>
 */
public enum JsonFeature {
  /**
   * Skip properties that the format does not know, reporting each as a WARNING
   * {@code UNKNOWN_PROPERTY} instead of failing: forward compatibility with documents written by
   * a newer SDK. Off by default: an unknown property is an error, so that a typo is never lost.
   */
  ALLOW_UNKNOWN_PROPERTIES(false),
  /**
   * After binding, run {@link org.engagement.core.validation.DatasetValidator#standard()} over
   * the dataset and report its issues as problems with JSON Pointers into the document. Streaming
   * reads ({@link EngagementJson#stream}) check each record's single-field constraints and dates
   * instead, as the rules between records need every record. On by default.
   */
  VALIDATE(true),
  /**
   * Write the canonical form: two-space indent, one property per line, {@code \n} line ends and a
   * final line end. Off: one line without white space, for transport. On by default.
   */
  INDENT_OUTPUT(true);

  private final boolean enabledByDefault;

  JsonFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /**
   * Whether {@link EngagementJson#standard()} has this feature on.
   *
   * @return the default
   */
  public boolean enabledByDefault() {
    return enabledByDefault;
  }
}
