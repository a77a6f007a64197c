/**
 * The Engagement SDK's domain core: immutable records of community-police engagement, the
 * {@link org.engagement.core.EngagementDataset} aggregate, scopes and dataset validation.
 *
 * <p>Start with {@link org.engagement.core.EngagementDataset#builder()} and
 * {@link org.engagement.core.validation.DatasetValidator}.
 */
module org.engagement.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging;

  exports org.engagement.core;
  exports org.engagement.core.validation;
  // The one Immutables style, shared with the SDK's own modules only.
  exports org.engagement.core.internal to org.engagement.measures, org.engagement.json;

  // Bean Validation reads constraints reflectively; the JSON module binds through the generated
  // builders, whose constructors are not public.
  opens org.engagement.core to org.hibernate.validator, tools.jackson.databind;
}
