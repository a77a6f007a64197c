package org.engagement.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementMethod;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.KeyMessage;
import org.engagement.core.MemberCategory;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.PublicationKind;
import org.engagement.core.RecordType;
import org.engagement.core.RoleAssignment;
import org.engagement.core.RoleKind;
import org.engagement.measures.standards.Catalogue;
import org.engagement.measures.standards.CommitmentRule;
import org.engagement.measures.standards.MinimumRule;
import org.engagement.measures.standards.NarrativeRule;
import org.engagement.measures.standards.PerAreaRule;
import org.engagement.measures.standards.Rule;
import org.engagement.measures.standards.RuleContext;
import org.engagement.measures.standards.ShareRule;

/**
 * Turns a catalogue document ({@link CatalogueJson}) into rules made of the public building
 * blocks: {@code share} a {@link ShareRule}, {@code count} a minimum count
 * ({@link PerAreaRule#atLeast}), {@code commitment} a {@link CommitmentRule}, {@code narrative} a
 * {@link NarrativeRule}, {@code allOf} a {@link MinimumRule}. Each error names its place and the
 * rule it belongs to.
 */
final class DeclaredRules {

  private DeclaredRules() {}

  /** The kinds of rule body, one of which each rule and part has. */
  static final List<String> BODIES = List.of("share", "count", "commitment", "narrative", "allOf");

  /** What a declarative rule can select: one kind of record, dated or active in the period. */
  enum Source {
    /** Activities dated in the period. */
    ACTIVITIES("activities", RecordType.ACTIVITY, "dated in the period"),
    /** Publications dated in the period. */
    PUBLICATIONS("publications", RecordType.PUBLICATION, "dated in the period"),
    /** Panels active in the period. */
    PANELS("panels", RecordType.PANEL, "active in the period"),
    /** Role assignments held during the period. */
    ROLES("roles", RecordType.ROLE, "held during the period"),
    /** Key messages dated in the period. */
    KEY_MESSAGES("keyMessages", RecordType.KEY_MESSAGE, "dated in the period");

    final String json;
    final RecordType type;
    final String when;

    Source(String json, RecordType type, String when) {
      this.json = json;
      this.type = type;
      this.when = when;
    }

    static Optional<Source> of(String json) {
      for (Source s : values()) {
        if (s.json.equals(json)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }

    /** The filters of {@code where}: property name to the enumeration its values come from. */
    Map<String, Class<? extends Enum<?>>> filters() {
      Map<String, Class<? extends Enum<?>>> out = new LinkedHashMap<>();
      switch (this) {
        case ACTIVITIES -> {
          out.put("methods", EngagementMethod.class);
          out.put("openness", Openness.class);
          out.put("involvement", InvolvementLevel.class);
        }
        case PUBLICATIONS -> out.put("kinds", PublicationKind.class);
        case PANELS -> {
          out.put("kinds", PanelKind.class);
          out.put("openness", Openness.class);
        }
        case ROLES -> out.put("roles", RoleKind.class);
        default -> { }
      }
      return out;
    }

    /** The criteria of {@code requires}, by name. */
    List<String> criteria() {
      return switch (this) {
        case ACTIVITIES -> List.of("THREE_PART_FEEDBACK", "FEEDBACK", "ATTENDANCE_RECORDED",
            "DEMOGRAPHICS_RECORDED", "PARTICIPANTS_RECORDED", "PARTNERS", "ANNOUNCED",
            "SLT_ATTENDED", "BOROUGH_TIER");
        case PANELS -> {
          List<String> out = new ArrayList<>(List.of("MINUTES", "MEMBERSHIP_DEMOGRAPHICS",
              "LINKED", "MEETING"));
          for (MemberCategory c : MemberCategory.values()) {
            out.add("MEMBER_" + c.name());
          }
          yield out;
        }
        case ROLES -> List.of("HOLDER_RECORDED");
        case KEY_MESSAGES -> List.of("ACCESSIBLE", "CONSISTENT", "TIMELY", "WIDEST_AUDIENCE");
        default -> List.of();
      };
    }
  }

  /** A record of a source: its id, area and the record itself. */
  private record Found(String id, AreaId area, Object record) {}

  /** The records a selector picks under one area, every filter and criterion applied. */
  private record Selector(
      Source source, Map<String, Set<String>> where, List<String> requires) {

    List<Found> population(RuleContext c, AreaId root) {
      List<Found> out = new ArrayList<>();
      switch (source) {
        case ACTIVITIES -> c.under(root, c::activitiesIn).stream()
            .filter(a -> c.inPeriod(a.date())
                && allowed("methods", a.method()) && allowed("openness", a.openness())
                && allowed("involvement", a.involvement()))
            .forEach(a -> out.add(new Found(a.id().value(), a.area(), a)));
        case PUBLICATIONS -> c.under(root, c::publicationsIn).stream()
            .filter(p -> c.inPeriod(p.date()) && allowed("kinds", p.kind()))
            .forEach(p -> out.add(new Found(p.id().value(), p.area(), p)));
        case PANELS -> c.under(root, c::panelsIn).stream()
            .filter(p -> c.active(p.activeFrom(), p.activeTo()) && allowed("kinds", p.kind())
                && allowed("openness", p.openness()))
            .forEach(p -> out.add(new Found(p.id().value(), p.area(), p)));
        case ROLES -> c.under(root, c::rolesIn).stream()
            .filter(r -> c.active(r.from(), r.to()) && allowed("roles", r.role()))
            .forEach(r -> out.add(new Found(r.id().value(), r.area(), r)));
        case KEY_MESSAGES -> c.under(root, c::keyMessagesIn).stream()
            .filter(m -> c.inPeriod(m.date()))
            .forEach(m -> out.add(new Found(m.id().value(), m.area(), m)));
        default -> throw new IllegalStateException("unknown source " + source);
      }
      return out;
    }

    private boolean allowed(String filter, Enum<?> value) {
      Set<String> values = where.get(filter);
      return values == null || values.contains(value.name());
    }

    /** The first criterion the record fails, or empty when it meets them all. */
    Optional<String> lacks(RuleContext c, Found found, Set<PanelId> linked) {
      for (String criterion : requires) {
        if (!meets(c, found.record(), criterion, linked)) {
          return Optional.of(criterion);
        }
      }
      return Optional.empty();
    }

    String describe() {
      StringJoiner out = new StringJoiner(" ");
      out.add(source.json);
      where.forEach((filter, values) -> out.add(filter + " " + String.join("|", values)));
      out.add(source.when);
      return out.toString();
    }
  }

  private static boolean meets(RuleContext c, Object record, String criterion,
      Set<PanelId> linked) {
    if (record instanceof EngagementActivity a) {
      return switch (criterion) {
        case "THREE_PART_FEEDBACK" -> c.feedbackAnswering(a.id()).stream()
            .anyMatch(f -> f.hasAllThreeParts() && c.notAfterAsOf(f.published()));
        case "FEEDBACK" -> c.feedbackAnswering(a.id()).stream()
            .anyMatch(f -> c.notAfterAsOf(f.published()));
        case "ATTENDANCE_RECORDED" -> a.attendance().isPresent();
        case "DEMOGRAPHICS_RECORDED" -> a.demographics().isPresent();
        case "PARTICIPANTS_RECORDED" -> !a.participants().isEmpty();
        case "PARTNERS" -> !a.partners().isEmpty();
        case "ANNOUNCED" -> a.announcedDate().filter(d -> d.isBefore(a.date())).isPresent();
        case "SLT_ATTENDED" -> a.sltAttended().orElse(false);
        case "BOROUGH_TIER" -> a.boroughTier().isPresent();
        default -> throw new IllegalStateException("unknown criterion " + criterion);
      };
    }
    if (record instanceof Panel p) {
      if (criterion.startsWith("MEMBER_")) {
        MemberCategory category = MemberCategory.valueOf(criterion.substring("MEMBER_".length()));
        return p.members().stream()
            .anyMatch(m -> m.category() == category && c.active(m.joined(), m.left()));
      }
      return switch (criterion) {
        case "MINUTES" -> c.publicationsOf(p.id()).stream()
            .anyMatch(x -> x.kind() == PublicationKind.MINUTES && c.inPeriod(x.date()));
        case "MEMBERSHIP_DEMOGRAPHICS" -> p.membershipDemographics().isPresent();
        case "LINKED" -> linked.contains(p.id());
        case "MEETING" -> c.activitiesOf(p.id()).stream().anyMatch(x -> c.inPeriod(x.date()));
        default -> throw new IllegalStateException("unknown criterion " + criterion);
      };
    }
    if (record instanceof RoleAssignment r) {
      return r.holder().isPresent();
    }
    if (record instanceof KeyMessage m) {
      return switch (criterion) {
        case "ACCESSIBLE" -> m.accessible().orElse(false);
        case "CONSISTENT" -> m.consistent().orElse(false);
        case "TIMELY" -> m.timely().orElse(false);
        default -> m.widestAudience().orElse(false);
      };
    }
    return true;
  }

  /** The panels of a dataset linked to another of its panels, either way, found once per context. */
  private record LinkedPanels(Set<PanelId> ids) {}

  /** The panels linked to another panel of the dataset, either way. */
  private static Set<PanelId> linked(RuleContext c) {
    return c.evaluation().derived(LinkedPanels.class, d -> new LinkedPanels(linked(d))).ids();
  }

  private static Set<PanelId> linked(org.engagement.core.EngagementDataset data) {
    Set<PanelId> known = new HashSet<>();
    data.panels().forEach(p -> known.add(p.id()));
    Set<PanelId> out = new HashSet<>();
    for (Panel p : data.panels()) {
      for (PanelId other : p.links()) {
        if (!other.equals(p.id()) && known.contains(other)) {
          out.add(other);
          out.add(p.id());
        }
      }
    }
    return out;
  }

  /**
   * Reads a catalogue document's root.
   *
   * @param root the root node
   * @return the catalogue
   * @throws JsonReadException naming the place and the rule of the first error
   */
  static Catalogue catalogue(CatalogueNode root) {
    Map<String, CatalogueNode> doc = root.object("a catalogue");
    only(root, doc, "the catalogue", List.of("$schema", "formatVersion", "name", "description",
        "source", "rules"));
    CatalogueNode version = doc.get("formatVersion");
    if (version != null && !version.text("formatVersion").equals(CatalogueJson.FORMAT_VERSION)) {
      throw version.fail(JsonCode.UNSUPPORTED_FORMAT_VERSION, "formatVersion "
          + version.value() + " is not supported; this reader reads "
          + CatalogueJson.FORMAT_VERSION);
    }
    for (String text : List.of("$schema", "description", "source")) {
      if (doc.containsKey(text)) {
        doc.get(text).text(text);
      }
    }
    String name = required(root, doc, "name", "the catalogue").text("name");
    List<CatalogueNode> rules = required(root, doc, "rules", "the catalogue").array("rules");
    if (rules.isEmpty()) {
      throw doc.get("rules").fail(JsonCode.INVALID_VALUE, "a catalogue needs at least one rule");
    }
    List<Rule> out = new ArrayList<>();
    Map<String, CatalogueNode> ids = new LinkedHashMap<>();
    for (CatalogueNode node : rules) {
      Map<String, CatalogueNode> rule = node.object("a rule");
      String id = required(node, rule, "id", "a rule").text("id");
      if (ids.containsKey(id)) {
        throw rule.get("id").fail(JsonCode.INVALID_VALUE, "rule " + id + ": the id is already"
            + " used by the rule at " + ids.get(id).pointer());
      }
      ids.put(id, node);
      out.add(rule(node, rule, id));
    }
    return Catalogue.of(name, out);
  }

  private static Rule rule(CatalogueNode node, Map<String, CatalogueNode> rule, String id) {
    List<String> allowed = new ArrayList<>(List.of("id", "title", "description"));
    allowed.addAll(BODIES);
    only(node, rule, "rule " + id, allowed);
    String title = required(node, rule, "title", "rule " + id).text("rule " + id + ": title");
    if (rule.containsKey("description")) {
      rule.get("description").text("rule " + id + ": description");
    }
    return body(node, rule, id, id, title, true);
  }

  private static Rule body(CatalogueNode node, Map<String, CatalogueNode> rule, String ruleId,
      String id, String title, boolean top) {
    List<String> given = BODIES.stream().filter(rule::containsKey).toList();
    if (given.size() != 1) {
      throw node.fail(given.isEmpty() ? JsonCode.MISSING_PROPERTY : JsonCode.INVALID_VALUE,
          "rule " + ruleId + ": " + (top ? "a rule" : "a part") + " needs exactly one of "
              + String.join(", ", top ? BODIES : BODIES.subList(0, 4)) + (given.isEmpty()
                  ? "" : "; it has " + String.join(" and ", given)));
    }
    String kind = given.get(0);
    CatalogueNode value = rule.get(kind);
    String where = "rule " + ruleId + ": " + kind;
    return switch (kind) {
      case "narrative" -> {
        Map<String, CatalogueNode> n = value.object(where);
        only(value, n, where, List.of("reason"));
        yield n.containsKey("reason")
            ? NarrativeRule.of(id, title, n.get("reason").text(where + ".reason"))
            : NarrativeRule.of(id, title);
      }
      case "commitment" -> {
        Map<String, CatalogueNode> n = value.object(where);
        only(value, n, where, List.of("standard", "absent"));
        String standard = n.containsKey("standard")
            ? n.get("standard").text(where + ".standard") : ruleId;
        String absent = n.containsKey("absent") ? n.get("absent").text(where + ".absent")
            : "not recorded: no commitment tagged " + standard;
        yield CommitmentRule.of(id, standard, title, absent);
      }
      case "count" -> count(value, where, id, title);
      case "share" -> share(value, where, id, title);
      default -> {
        if (!top) {
          throw value.fail(JsonCode.INVALID_VALUE, where + ": a part cannot have parts");
        }
        List<CatalogueNode> parts = value.array(where);
        if (parts.isEmpty()) {
          throw value.fail(JsonCode.INVALID_VALUE, where + ": needs at least one part");
        }
        List<Rule> built = new ArrayList<>();
        for (CatalogueNode part : parts) {
          Map<String, CatalogueNode> p = part.object(where + ": a part");
          List<String> allowed = new ArrayList<>(List.of("title"));
          allowed.addAll(BODIES);
          only(part, p, "rule " + ruleId + ": a part", allowed);
          String partTitle = p.containsKey("title")
              ? p.get("title").text("rule " + ruleId + ": a part's title") : title;
          built.add(body(part, p, ruleId, id, partTitle, false));
        }
        yield MinimumRule.of(id, title, built);
      }
    };
  }

  private static Rule count(CatalogueNode node, String where, String id, String title) {
    Map<String, CatalogueNode> n = node.object(where);
    only(node, n, where, List.of("records", "where", "requires", "perArea", "atLeastPerYear",
        "lacks"));
    Selector selector = selector(node, n, where);
    Optional<AreaLevel> level = n.containsKey("perArea")
        ? Optional.of(level(n.get("perArea"), where)) : Optional.empty();
    long perYear = required(node, n, "atLeastPerYear", where).whole(where + ".atLeastPerYear", 1);
    String lacks = n.containsKey("lacks") ? n.get("lacks").text(where + ".lacks")
        : selector.source().json.toUpperCase(Locale.ROOT);
    String requirement = level.map(l -> "per " + l.name().toLowerCase(Locale.ROOT) + ": ")
        .orElse("") + "≥ %d " + selector.describe()
        + (selector.requires().isEmpty() ? "" : " with " + String.join(" and ",
            selector.requires()));
    return PerAreaRule.atLeast(id, title, level, List.of(selector.source().type), perYear,
        requirement, lacks, (c, area) -> {
          Set<PanelId> linked = selector.requires().contains("LINKED") ? linked(c) : Set.of();
          return selector.population(c, area).stream()
              .filter(f -> selector.lacks(c, f, linked).isEmpty())
              .map(Found::id).toList();
        });
  }

  private static Rule share(CatalogueNode node, String where, String id, String title) {
    Map<String, CatalogueNode> n = node.object(where);
    only(node, n, where, List.of("records", "where", "requires", "perArea"));
    Selector selector = selector(node, n, where);
    if (selector.requires().isEmpty()) {
      throw node.fail(JsonCode.MISSING_PROPERTY, where + ": needs requires, the criteria a"
          + " record must meet");
    }
    AreaLevel level = n.containsKey("perArea") ? level(n.get("perArea"), where)
        : AreaLevel.BOROUGH;
    String requirement = "share of " + selector.describe() + " with "
        + String.join(" and ", selector.requires());
    return ShareRule.of(id, title, level, List.of(selector.source().type), requirement, c -> {
      Set<PanelId> linked = selector.requires().contains("LINKED") ? linked(c) : Set.of();
      List<ShareRule.Item> out = new ArrayList<>();
      for (Found f : selector.population(c, c.scope().area())) {
        out.add(new ShareRule.Item(f.id(), f.area(), selector.lacks(c, f, linked)));
      }
      return out;
    });
  }

  private static Selector selector(CatalogueNode node, Map<String, CatalogueNode> n,
      String where) {
    CatalogueNode recordsNode = required(node, n, "records", where);
    String records = recordsNode.text(where + ".records");
    Source source = Source.of(records).orElseThrow(() -> recordsNode.fail(
        JsonCode.UNKNOWN_ENUM_VALUE, where + ".records: unknown kind of record " + records
            + "; known: " + names(Source.values())));
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    if (n.containsKey("where")) {
      CatalogueNode whereNode = n.get("where");
      Map<String, CatalogueNode> w = whereNode.object(where + ".where");
      Map<String, Class<? extends Enum<?>>> known = source.filters();
      for (Map.Entry<String, CatalogueNode> e : w.entrySet()) {
        Class<? extends Enum<?>> type = known.get(e.getKey());
        if (type == null) {
          throw e.getValue().fail(JsonCode.UNKNOWN_PROPERTY, where + ".where: " + e.getKey()
              + " is not a filter of " + records + "; known: " + (known.isEmpty() ? "none"
                  : String.join(", ", known.keySet())));
        }
        List<CatalogueNode> values = e.getValue().array(where + ".where." + e.getKey());
        if (values.isEmpty()) {
          throw e.getValue().fail(JsonCode.INVALID_VALUE, where + ".where." + e.getKey()
              + ": needs at least one value");
        }
        Set<String> names = new LinkedHashSet<>();
        List<String> constants = Arrays.stream(type.getEnumConstants())
            .map(Enum::name).toList();
        for (CatalogueNode v : values) {
          String name = v.text(where + ".where." + e.getKey());
          if (!constants.contains(name)) {
            throw v.fail(JsonCode.UNKNOWN_ENUM_VALUE, where + ".where." + e.getKey()
                + ": unknown value " + name + "; known: " + String.join(", ", constants));
          }
          names.add(name);
        }
        filters.put(e.getKey(), Set.copyOf(names));
      }
    }
    List<String> requires = new ArrayList<>();
    if (n.containsKey("requires")) {
      CatalogueNode req = n.get("requires");
      List<String> known = source.criteria();
      for (CatalogueNode v : req.array(where + ".requires")) {
        String name = v.text(where + ".requires");
        if (!known.contains(name)) {
          throw v.fail(JsonCode.UNKNOWN_ENUM_VALUE, where + ".requires: unknown criterion "
              + name + " for " + records + "; known: " + (known.isEmpty() ? "none"
                  : String.join(", ", known)));
        }
        if (!requires.contains(name)) {
          requires.add(name);
        }
      }
    }
    Map<String, Set<String>> ordered = new LinkedHashMap<>();
    filters.keySet().stream().sorted().forEach(k -> ordered.put(k,
        new TreeSet<>(filters.get(k))));
    return new Selector(source, ordered, List.copyOf(requires));
  }

  private static AreaLevel level(CatalogueNode node, String where) {
    String text = node.text(where + ".perArea");
    try {
      return AreaLevel.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw node.fail(JsonCode.UNKNOWN_ENUM_VALUE, where + ".perArea: unknown level " + text
          + "; known: " + names(AreaLevel.values()));
    }
  }

  private static CatalogueNode required(CatalogueNode node, Map<String, CatalogueNode> object,
      String name, String where) {
    CatalogueNode value = object.get(name);
    if (value == null) {
      throw node.fail(JsonCode.MISSING_PROPERTY, where + ": the property " + name
          + " is missing");
    }
    return value;
  }

  private static void only(CatalogueNode node, Map<String, CatalogueNode> object, String where,
      List<String> allowed) {
    for (Map.Entry<String, CatalogueNode> e : object.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw e.getValue().fail(JsonCode.UNKNOWN_PROPERTY, where + ": unknown property "
            + e.getKey() + "; known: " + String.join(", ", allowed));
      }
    }
  }

  /** The names of constants for messages: a source's JSON name, else the constant's. */
  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v instanceof Source s ? s.json : v.name())
        .collect(Collectors.joining(", "));
  }
}
