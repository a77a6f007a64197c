/**
 * JSON for the Engagement SDK: the Jackson 3 binding of every engagement type, the versioned
 * document format with its published JSON Schema, precise read errors, and streaming reads.
 *
 * <p>Start with {@link org.engagement.json.EngagementJson}; teams with their own
 * {@code ObjectMapper} register {@link org.engagement.json.EngagementModule}.
 */
module org.engagement.json {
  requires transitive org.engagement.core;
  requires transitive org.engagement.measures;
  requires transitive tools.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.engagement.json;

  provides tools.jackson.databind.JacksonModule with
      org.engagement.json.EngagementModule;
}
