package org.engagement.json;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.engagement.core.AreaLevel;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the JSON Schema of catalogue documents from the reader's own vocabulary (the kinds of
 * record, their filters and criteria, the enumerations of the core model), so that the
 * published schema and the reader cannot drift apart: a test checks the published file is the one
 * made here.
 */
final class CatalogueSchema {

  /** The schema's {@code $id}. */
  static final String ID = "urn:org.engagement:json:engagement-catalogue-"
      + CatalogueJson.FORMAT_VERSION + ".schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CatalogueSchema() {}

  /** {@return the schema's text in canonical form, ending with a line break} */
  static String make() {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("title", "Engagement standards catalogue, format " + CatalogueJson.FORMAT_VERSION);
    root.put("description", "A user's own standards as declarative rules made of the SDK's"
        + " building blocks: share (the share of the records in scope that meet criteria),"
        + " count (a minimum count, pro-rated from a yearly number, per area of a level or for"
        + " the scope as a whole), commitment (attainment of the commitments tagged with a"
        + " standard), narrative (not assessable from records) and allOf (parts combined by"
        + " their minimum). Rule ids are distinct, which this schema does not check.");
    root.put("type", "object");
    root.set("required", strings(List.of("name", "rules")));
    ObjectNode props = root.putObject("properties");
    props.set("$schema", text("The schema of the document, for editors; ignored."));
    props.putObject("formatVersion").put("description", "The format's version; absent means "
        + CatalogueJson.FORMAT_VERSION + ".").put("const", CatalogueJson.FORMAT_VERSION);
    props.set("name", text("The catalogue's name, e.g. the standards' title."));
    props.set("description", text("What the catalogue is, for people."));
    props.set("source", text("Where the standards come from, for people."));
    ObjectNode rules = props.putObject("rules");
    rules.put("description", "The rules, in order, with distinct ids.");
    rules.put("type", "array").put("minItems", 1);
    rules.putObject("items").put("$ref", "#/$defs/rule");
    root.put("additionalProperties", false);

    ObjectNode defs = root.putObject("$defs");
    ObjectNode nonBlank = defs.putObject("text");
    nonBlank.put("type", "string").put("pattern", "\\S");

    ObjectNode rule = defs.putObject("rule");
    rule.put("description", "A rule: an id, a title, and exactly one body.");
    rule.put("type", "object");
    rule.set("required", strings(List.of("id", "title")));
    ObjectNode ruleProps = rule.putObject("properties");
    ruleProps.set("id", text("The rule's id, unique in the catalogue, e.g. NSCE-1."));
    ruleProps.set("title", text("The promise, for people."));
    ruleProps.set("description", text("The promise in full, or how it is measured."));
    bodies(ruleProps, true);
    rule.put("additionalProperties", false);
    rule.set("oneOf", oneOfRequired(DeclaredRules.BODIES));

    ObjectNode part = defs.putObject("part");
    part.put("description", "A part of an allOf rule: exactly one body other than allOf.");
    part.put("type", "object");
    ObjectNode partProps = part.putObject("properties");
    partProps.set("title", text("The part's title; the rule's when absent."));
    bodies(partProps, false);
    part.put("additionalProperties", false);
    part.set("oneOf", oneOfRequired(DeclaredRules.BODIES.subList(0, 4)));

    ObjectNode narrative = defs.putObject("narrative");
    narrative.put("description", "A narrative promise: NOT_ASSESSABLE whatever the data.");
    narrative.put("type", "object");
    narrative.putObject("properties").set("reason", text("Why it is not assessable; \""
        + "narrative promise: not assessable from records\" when absent."));
    narrative.put("additionalProperties", false);

    ObjectNode commitment = defs.putObject("commitment");
    commitment.put("description", "Scored by the attainment of the commitments tagged with a"
        + " standard, min(1, latest actual / target) on average; NOT_ASSESSABLE without one.");
    commitment.put("type", "object");
    ObjectNode commitmentProps = commitment.putObject("properties");
    commitmentProps.set("standard", text("The tag; the rule's id when absent."));
    commitmentProps.set("absent", text("The reason when no commitment is tagged."));
    commitment.put("additionalProperties", false);

    ObjectNode count = defs.putObject("count");
    count.put("description", "A minimum count: the records selected, meeting every criterion,"
        + " must number at least the yearly number pro-rated to the period, per area of a level"
        + " (the attainment is the share of those areas that do) or for the scope as a whole.");
    count.put("type", "object");
    count.set("required", strings(List.of("records", "atLeastPerYear")));
    ObjectNode countProps = count.putObject("properties");
    selectionProperties(countProps);
    countProps.putObject("atLeastPerYear").put("description", "The number a year, pro-rated:"
        + " floor(k × days / 365.25 + 0.5).").put("type", "integer").put("minimum", 1);
    countProps.set("lacks", text("What an area that falls short lacks; the kind of record in"
        + " capitals when absent."));
    count.put("additionalProperties", false);
    count.putArray("allOf").addObject().put("$ref", "#/$defs/selection");

    ObjectNode share = defs.putObject("share");
    share.put("description", "The share of the records selected that meet every criterion;"
        + " the breakdown by area of a level (BOROUGH when absent).");
    share.put("type", "object");
    share.set("required", strings(List.of("records", "requires")));
    ObjectNode shareProps = share.putObject("properties");
    selectionProperties(shareProps);
    ((ObjectNode) shareProps.get("requires")).put("type", "array").put("minItems", 1);
    share.put("additionalProperties", false);
    share.putArray("allOf").addObject().put("$ref", "#/$defs/selection");

    ObjectNode selection = defs.putObject("selection");
    selection.put("description", "The records a count or share reads, and the filters and"
        + " criteria each kind of record has.");
    ArrayNode sources = selection.putArray("oneOf");
    for (DeclaredRules.Source source : DeclaredRules.Source.values()) {
      ObjectNode one = sources.addObject();
      ObjectNode p = one.putObject("properties");
      p.putObject("records").put("const", source.json);
      ObjectNode where = p.putObject("where");
      where.put("type", "object");
      ObjectNode filters = where.putObject("properties");
      for (Map.Entry<String, Class<? extends Enum<?>>> f : source.filters().entrySet()) {
        ObjectNode values = filters.putObject(f.getKey());
        values.put("type", "array").put("minItems", 1);
        values.putObject("items").set("enum", strings(Arrays.stream(
            f.getValue().getEnumConstants()).map(Enum::name).toList()));
      }
      where.put("additionalProperties", false);
      ObjectNode requires = p.putObject("requires");
      requires.put("type", "array");
      if (source.criteria().isEmpty()) {
        requires.put("maxItems", 0);
      } else {
        requires.putObject("items").set("enum", strings(source.criteria()));
      }
    }

    ObjectNode level = defs.putObject("level");
    level.put("description", "An area level.");
    level.set("enum", strings(Arrays.stream(AreaLevel.values()).map(Enum::name).toList()));

    return JsonMapper.builder().build().writer().with(Schemas.canonicalPrinter())
        .writeValueAsString(root) + "\n";
  }

  private static void selectionProperties(ObjectNode props) {
    ObjectNode records = props.putObject("records");
    records.put("description", "The kind of record: activities, publications or key messages"
        + " dated in the period, panels active in it, or roles held during it.");
    records.set("enum", strings(Arrays.stream(DeclaredRules.Source.values())
        .map(s -> s.json).toList()));
    props.putObject("where").put("description", "Filters: each property lists the values"
        + " allowed, e.g. {\"methods\": [\"PUBLIC_MEETING\"], \"openness\": [\"OPEN\"]}.");
    props.putObject("requires").put("description", "The criteria a record must meet, each a"
        + " name; the first it fails is what it lacks.");
    props.putObject("perArea").put("$ref", "#/$defs/level");
  }

  private static void bodies(ObjectNode props, boolean withParts) {
    props.putObject("share").put("$ref", "#/$defs/share");
    props.putObject("count").put("$ref", "#/$defs/count");
    props.putObject("commitment").put("$ref", "#/$defs/commitment");
    props.putObject("narrative").put("$ref", "#/$defs/narrative");
    if (withParts) {
      ObjectNode parts = props.putObject("allOf");
      parts.put("description", "Parts combined by their minimum; a part NOT_ASSESSABLE on its"
          + " own is left out.");
      parts.put("type", "array").put("minItems", 1);
      parts.putObject("items").put("$ref", "#/$defs/part");
    }
  }

  private static ArrayNode oneOfRequired(List<String> names) {
    ArrayNode out = NODES.arrayNode();
    for (String name : names) {
      out.addObject().set("required", strings(List.of(name)));
    }
    return out;
  }

  private static ObjectNode text(String description) {
    ObjectNode out = NODES.objectNode();
    out.put("description", description);
    out.put("$ref", "#/$defs/text");
    return out;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode out = NODES.arrayNode();
    values.forEach(out::add);
    return out;
  }
}
