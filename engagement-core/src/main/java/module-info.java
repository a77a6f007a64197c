/**
 * The Engagement SDK's domain core: immutable records of community-police engagement, the
 * {@link org.engagement.core.EngagementDataset} aggregate, scopes and dataset validation.
 *
 * <p>Start with {@link org.engagement.core.EngagementDataset#builder()} and
 * {@link org.engagement.core.validation.DatasetValidator}.
 */
// value-annotations is an automatic module (Automatic-Module-Name org.immutables.value.annotations),
// which is why requiring it transitively is a lint warning; it is deliberate, see below.
@SuppressWarnings("requires-transitive-automatic")
module org.engagement.core {
  // Static: the annotations are never needed at run time (class retention). Transitive: the public
  // types' class files carry @Value.Immutable(...) and the generated classes @Generated(...), and
  // javac warns "Cannot find annotation method" in every consumer that compiles against them
  // without the annotation types; with this, a consumer module reads them at compile time.
  // engagement-core's pom explains the matching compile-scope Maven dependency.
  requires static transitive org.immutables.value.annotations;
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
