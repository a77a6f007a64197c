package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.engagement.core.EngagementDataset;
import org.engagement.testkit.EngagementArbitraries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading and validating any input either gives a result or fails with the documented
 * {@link JsonReadException}: never another exception, never an error. The inputs are valid
 * dataset documents broken by one edit (a value deleted, duplicated or of another type, a key
 * twice, the text cut short, raw bytes in a string or anywhere, a value nested deep), and
 * arbitrary JSON values, shaped like a dataset or not. Both the whole read
 * ({@link EngagementJson#read(java.io.InputStream)}, which validates) and the streamed validation
 * ({@link EngagementJson#validate(Path)}) are tried.
 *
 * <p>Sizes are bounded so that a run stays small in memory: an input is never generated as text
 * or bytes, which jqwik would try to shrink character by character, but as a small valid dataset
 * and a few numbers that choose the edit; arbitrary JSON is at most four levels deep with at most
 * four members a level, and strings of at most 14 characters.
 */
class ReadNeverThrowsProperties {

  private static final EngagementJson JSON = EngagementJson.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** A value that the writer leaves as it is and the edit replaces by raw text. */
  private static final String MARK = "@@raw@@";
  /** Deeper than the default nesting limit (64), small enough to stay cheap. */
  private static final int MAX_NESTING = 200;

  /** The edits, each applied once to a valid document. */
  enum Edit {
    DELETE, DUPLICATE, DUPLICATE_KEY, RETYPE, TRUNCATE, BYTES_IN_STRING, BYTES_ANYWHERE, NEST
  }

  /** A valid dataset, the edit and the numbers that choose where and what. */
  record Broken(EngagementDataset dataset, Edit edit, List<Integer> seeds) {
    byte[] bytes() {
      return ReadNeverThrowsProperties.apply(dataset, edit, seeds);
    }

    @Override
    public String toString() {
      return edit + " " + seeds + " of a dataset of " + dataset.activities().size()
          + " activities";
    }
  }

  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
  void brokenDatasetDocument_isReadOrFailsWithTheReadException(
      @ForAll("broken") Broken broken) throws IOException {
    Statistics.label("edit").collect(broken.edit());
    Statistics.label("outcome").collect(readsOrFailsCleanly(broken.bytes()));
  }

  @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
  void anyJsonValue_isReadOrFailsWithTheReadException(@ForAll("jsonValues") String json)
      throws IOException {
    Statistics.label("outcome")
        .collect(readsOrFailsCleanly(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads and validates, whole and streamed; anything but a result or a {@link JsonReadException}
   * fails the property.
   *
   * @return what happened, for the statistics
   */
  private static String readsOrFailsCleanly(byte[] bytes) throws IOException {
    String whole;
    try {
      ReadResult result = JSON.read(new ByteArrayInputStream(bytes));
      assertThat(result.problems()).allSatisfy(p -> assertThat(p.code()).isNotBlank());
      assertThat(result.report()).isNotNull();
      whole = result.isValid() ? "valid" : "invalid";
    } catch (JsonReadException expected) {
      assertThat(expected.code()).isNotBlank();
      whole = "cannot read";
    }
    Path file = Files.createTempFile("never-throws", ".json");
    try {
      Files.write(file, bytes);
      try {
        StreamedValidation streamed = JSON.validate(file);
        assertThat(streamed.report()).isNotNull();
      } catch (JsonReadException expected) {
        assertThat(expected.code()).isNotBlank();
      }
    } finally {
      Files.delete(file);
    }
    return whole;
  }

  // ---- broken dataset documents ---------------------------------------------------------------

  @Provide
  Arbitrary<Broken> broken() {
    return Combinators.combine(
            EngagementArbitraries.validDatasets(),
            Arbitraries.of(Edit.class),
            Arbitraries.integers().between(0, 1_000_000).list().ofSize(4))
        .as(Broken::new);
  }

  static byte[] apply(EngagementDataset dataset, Edit edit, List<Integer> seeds) {
    JsonNode tree = MAPPER.readTree(JSON.writeString(dataset));
    List<Place> places = new ArrayList<>();
    collect(tree, places);
    Place place = places.get(seeds.get(0) % places.size());
    switch (edit) {
      case DELETE -> place.delete();
      case DUPLICATE -> place.duplicate();
      case RETYPE -> place.set(retyped(seeds.get(1)));
      case NEST -> place.set(NODES.stringNode(MARK));
      case DUPLICATE_KEY, TRUNCATE, BYTES_IN_STRING, BYTES_ANYWHERE -> { }
      default -> throw new AssertionError(edit);
    }
    String text = MAPPER.writeValueAsString(tree);
    if (edit == Edit.NEST) {
      text = text.replace('"' + MARK + '"', nested(1 + seeds.get(1) % MAX_NESTING, seeds.get(2)));
    }
    if (edit == Edit.DUPLICATE_KEY) {
      text = duplicateKey(text, seeds.get(1));
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return switch (edit) {
      case TRUNCATE -> java.util.Arrays.copyOf(bytes, seeds.get(1) % bytes.length);
      case BYTES_IN_STRING -> insert(bytes, stringStart(bytes, seeds.get(1)), rawBytes(seeds));
      case BYTES_ANYWHERE -> insert(bytes, seeds.get(1) % (bytes.length + 1), rawBytes(seeds));
      default -> bytes;
    };
  }

  /** A value in the tree: a member of an object or an element of an array. */
  private record Place(JsonNode parent, String name, int index) {
    void delete() {
      if (parent instanceof ObjectNode o) {
        o.remove(name);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }

    void duplicate() {
      if (parent instanceof ObjectNode o) {
        o.set(name + "Copy", o.get(name).deepCopy());
      } else {
        ArrayNode a = (ArrayNode) parent;
        a.insert(index, a.get(index).deepCopy());
      }
    }

    void set(JsonNode value) {
      if (parent instanceof ObjectNode o) {
        o.set(name, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private static void collect(JsonNode node, List<Place> places) {
    if (node instanceof ObjectNode o) {
      for (String name : o.propertyNames()) {
        places.add(new Place(o, name, -1));
        collect(o.get(name), places);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        places.add(new Place(a, null, i));
        collect(a.get(i), places);
      }
    }
  }

  private static JsonNode retyped(int seed) {
    List<JsonNode> values = List.of(NODES.nullNode(), NODES.booleanNode(true),
        NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(1.5),
        NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
        NODES.numberNode(new java.math.BigDecimal("1E+400")), NODES.stringNode(""),
        NODES.stringNode(" "), NODES.stringNode("2012-02-30"), NODES.stringNode("NOT_A_CODE"),
        NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add("x").add(1));
    return values.get(seed % values.size());
  }

  private static String nested(int depth, int seed) {
    boolean arrays = seed % 2 == 0;
    return (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
  }

  /** The text with one of its keys given twice in its object. */
  private static String duplicateKey(String text, int seed) {
    List<Integer> keys = new ArrayList<>();
    for (int i = text.indexOf("{\""); i >= 0; i = text.indexOf("{\"", i + 1)) {
      keys.add(i + 1);
    }
    if (keys.isEmpty()) {
      return text;
    }
    int at = keys.get(seed % keys.size());
    int colon = text.indexOf("\":", at);
    String key = text.substring(at, colon + 2);
    return text.substring(0, at) + key + "\"twice\"," + text.substring(at);
  }

  private static int stringStart(byte[] bytes, int seed) {
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '"') {
        quotes.add(i + 1);
      }
    }
    return quotes.isEmpty() ? 0 : quotes.get(seed % quotes.size());
  }

  /** One to four bytes: invalid and overlong UTF-8, surrogates, controls, quotes, backslashes. */
  private static byte[] rawBytes(List<Integer> seeds) {
    int[][] choices = {{0xC0, 0xAF}, {0xC0, 0x80}, {0xC1, 0xA6}, {0xED, 0xA0, 0x80}, {0xFF},
        {0x80}, {0xF4, 0x90, 0x80, 0x80}, {0x00}, {0x1F}, {'"'}, {'\\'}, {'\\', 'u', 'D', '8'},
        {0xE2, 0x82}, {0xEF, 0xBB, 0xBF}};
    int[] picked = choices[seeds.get(2) % choices.length];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b : picked) {
      out.write(b);
    }
    if (seeds.get(3) % 3 == 0) {
      out.write(seeds.get(3) % 256);
    }
    return out.toByteArray();
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] out = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
    return out;
  }

  // ---- arbitrary JSON -------------------------------------------------------------------------

  /** Names of the format, so that arbitrary objects look like datasets and records now and then. */
  private static final List<String> NAMES = List.of("formatVersion", "scheme", "areas",
      "activities", "inputs", "decisions", "surveys", "responses", "id", "area", "date", "level",
      "parent", "name", "attendance", "demographics", "counts", "answers", "weight", "support",
      "x", "");

  @Provide
  Arbitrary<String> jsonValues() {
    Arbitrary<String> value = Arbitraries.recursive(ReadNeverThrowsProperties::scalars,
        inner -> Arbitraries.oneOf(
            inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]"),
            Arbitraries.maps(names(), inner).ofMaxSize(4).map(ReadNeverThrowsProperties::object),
            scalars()),
        0, 4);
    Arbitrary<String> datasetShaped = Arbitraries.maps(Arbitraries.of(NAMES), value)
        .ofMaxSize(5)
        .map(members -> object(Map.of("formatVersion", "\"1.0\"")).replace("}", "")
            + members.entrySet().stream().filter(e -> !e.getKey().equals("formatVersion"))
                .map(e -> "," + quoted(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining()) + "}");
    return Arbitraries.oneOf(value, datasetShaped);
  }

  private static Arbitrary<String> names() {
    return Arbitraries.oneOf(Arbitraries.of(NAMES), EngagementArbitraries.anyTexts());
  }

  private static Arbitrary<String> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.of("null", "true", "false", "0", "-0", "1e999", "-1E-999", "0.1",
            "123456789012345678901234567890", "9223372036854775808", "1.0E+2"),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.doubles().map(String::valueOf),
        EngagementArbitraries.anyTexts().map(ReadNeverThrowsProperties::quoted));
  }

  private static String object(Map<String, String> members) {
    return members.entrySet().stream().map(e -> quoted(e.getKey()) + ":" + e.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String quoted(String text) {
    return MAPPER.writeValueAsString(text);
  }
}
