package org.engagement.json;

import org.engagement.core.Answer;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the engagement format, for teams that configure their own
 * {@code ObjectMapper}:
 *
 * <pre>{@code
 * import tools.jackson.databind.ObjectMapper;
 * import tools.jackson.databind.json.JsonMapper;
 *
 * ObjectMapper mapper = JsonMapper.builder().addModule(new EngagementModule()).build();
 * String json = mapper.writeValueAsString(dataset);
 * EngagementDataset back = mapper.readValue(json, EngagementDataset.class);
 * Area area = mapper.readValue("{\"id\":\"E09000022\",\"name\":\"Lambeth\",\"level\":\"BOROUGH\"}",
 *     Area.class);
 * }</pre>
 *
 * <p>It binds {@link EngagementDataset} (the whole document, with its {@code formatVersion}),
 * every record type and every value inside records, the typed ids, {@link Period} and
 * {@link Answer}, and the validation results ({@code ValidationReport}, {@code ValidationIssue},
 * {@code IssuePath}, each issue with the JSON Pointer of its place in the document) and the
 * measure results ({@code Scorecard}, {@code ScorecardRow}, {@code MeasureResult},
 * {@code Indicator}, {@code Gap}, {@code RatingScale}, {@code Scope}) and the comparisons
 * ({@code Comparison}, {@code ComparisonSide}, {@code Trend}, {@code TrendPoint},
 * {@code ScorecardComparison}), in the
 * format that {@link EngagementJson} documents, with the same canonical property order. Bad input
 * fails with a {@link JsonReadException} carrying a stable code, a JSON Pointer, a line and a
 * column. Unknown properties follow the mapper's
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}; limits are the mapper's
 * {@code StreamReadConstraints}; the dataset validator does not run. {@link EngagementJson} adds
 * all three.
 *
 * <p>The module is found by {@code ServiceLoader} ({@code MapperBuilder.findAndAddModules()}).
 * This class is immutable and thread-safe.
 */
public final class EngagementModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Returns the module. */
  public EngagementModule() {
    super("EngagementModule", new Version(0, 1, 0, "SNAPSHOT", "org.engagement",
        "engagement-json"));
    register(EngagementDataset.class, DatasetCodec.INSTANCE);
    for (ObjectBinding<?, ?> binding : Format.bindings()) {
      register(binding);
    }
    for (ObjectBinding<?, ?> binding : Reports.bindings()) {
      register(binding);
    }
    for (ObjectBinding<?, ?> binding : Results.bindings()) {
      register(binding);
    }
    for (ObjectBinding<?, ?> binding : SurveyResults.bindings()) {
      register(binding);
    }
    for (Format.Id<?> id : Format.ids()) {
      register(id);
    }
    register(Period.class, Scalars.PERIOD_CODEC);
    register(Answer.class, Scalars.ANSWER);
  }

  private <T> void register(ObjectBinding<T, ?> binding) {
    register(binding.type(), binding);
  }

  private <T> void register(Format.Id<T> id) {
    register(id.type(), id.codec());
  }

  private <T> void register(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }
}
