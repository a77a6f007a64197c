package org.engagement.json;

import java.util.function.Supplier;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Collects the named definitions ({@code $defs}) of a JSON Schema while it is built. */
final class SchemaContext {

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final ObjectNode defs = nodes.objectNode();

  /** A new, empty schema object. */
  public ObjectNode object() {
    return nodes.objectNode();
  }

  /** The definitions registered so far. */
  public ObjectNode defs() {
    return defs;
  }

  /** Registers a definition once and returns a reference to it. */
  public ObjectNode ref(String name, Supplier<ObjectNode> definition) {
    if (!defs.has(name)) {
      defs.set(name, object());
      defs.set(name, definition.get());
    }
    return object().put("$ref", "#/$defs/" + name);
  }
}
