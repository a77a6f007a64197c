package org.engagement.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The honest baseline of reading the SDK's JSON format: one Jackson 3 streaming {@link JsonParser}
 * loop that reads the whole file into plain Java records, with no data binding, no validation,
 * no immutable collections and no id checks. The record families that make up nearly every
 * record of a dataset (survey responses, community inputs, activities, decisions, allocations
 * and initiatives) become typed {@code record}s with their dates parsed; every other family is
 * read as generic values (maps, lists, strings, numbers, booleans), as {@code json.load} would.
 */
public final class RawJsonReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** A survey response. */
  public record Response(String id, String survey, LocalDate date, String area, double weight,
      Map<String, String> demographics, Map<String, String> answers) {}

  /** A community input. */
  public record Input(String id, String activity, String area, LocalDate date,
      String issueCategory, String summary, int support) {}

  /** An engagement activity: the fields measures use, the rest as read. */
  public record Activity(String id, LocalDate date, String area, String involvement,
      List<String> initiatives, Map<String, Object> rest) {}

  /** One consideration of an input in a decision. */
  public record Consideration(String input, boolean considered, String outcome, String reason) {}

  /** A decision record. */
  public record Decision(String id, String body, String area, LocalDate date,
      List<String> presentedInputs, List<Consideration> considerations) {}

  /** A resource allocation. */
  public record Allocation(String id, LocalDate date, String area, String resourceType,
      BigDecimal quantity, String unit, String issueCategory, String decision,
      List<String> respondsTo) {}

  /** An initiative or operation. */
  public record Initiative(String id, String kind, String name, String businessUnit,
      String area, LocalDate start, LocalDate end, List<String> activities) {}

  /** A dataset read raw: the typed families, and every other family as generic values. */
  public record Dataset(List<Response> responses, List<Input> inputs, List<Activity> activities,
      List<Decision> decisions, List<Allocation> allocations, List<Initiative> initiatives,
      Map<String, Object> other) {

    /** How many records the dataset holds: the typed ones and those in other arrays. */
    public long records() {
      long n = (long) responses.size() + inputs.size() + activities.size() + decisions.size()
          + allocations.size() + initiatives.size();
      for (Object value : other.values()) {
        if (value instanceof List<?> list) {
          n += list.size();
        }
      }
      return n;
    }
  }

  private RawJsonReader() {}

  /**
   * Reads a file of the SDK's JSON format.
   *
   * @param file the file
   * @return the records, never null
   */
  public static Dataset read(Path file) {
    List<Response> responses = new ArrayList<>();
    List<Input> inputs = new ArrayList<>();
    List<Activity> activities = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    List<Allocation> allocations = new ArrayList<>();
    List<Initiative> initiatives = new ArrayList<>();
    Map<String, Object> other = new LinkedHashMap<>();
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), file)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String family = p.currentName();
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_ARRAY) {
          other.put(family, value(p, t));
          continue;
        }
        switch (family) {
          case "responses" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              responses.add(response(p));
            }
          }
          case "inputs" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              inputs.add(input(p));
            }
          }
          case "activities" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              activities.add(activity(object(p)));
            }
          }
          case "decisions" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              decisions.add(decision(object(p)));
            }
          }
          case "allocations" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              allocations.add(allocation(object(p)));
            }
          }
          case "initiatives" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              initiatives.add(initiative(object(p)));
            }
          }
          default -> other.put(family, array(p));
        }
      }
    }
    return new Dataset(responses, inputs, activities, decisions, allocations, initiatives, other);
  }

  private static Response response(JsonParser p) {
    String id = null;
    String survey = null;
    LocalDate date = null;
    String area = null;
    double weight = 1.0;
    Map<String, String> demographics = Map.of();
    Map<String, String> answers = Map.of();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> id = p.getString();
        case "survey" -> survey = p.getString();
        case "date" -> date = LocalDate.parse(p.getString());
        case "area" -> area = p.getString();
        case "weight" -> weight = p.getDoubleValue();
        case "demographics" -> demographics = strings(p);
        case "answers" -> answers = strings(p);
        default -> p.skipChildren();
      }
    }
    return new Response(id, survey, date, area, weight, demographics, answers);
  }

  private static Input input(JsonParser p) {
    String id = null;
    String activity = null;
    String area = null;
    LocalDate date = null;
    String category = null;
    String summary = null;
    int support = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> id = p.getString();
        case "activity" -> activity = p.getString();
        case "area" -> area = p.getString();
        case "date" -> date = LocalDate.parse(p.getString());
        case "issueCategory" -> category = p.getString();
        case "summary" -> summary = p.getString();
        case "support" -> support = p.getIntValue();
        default -> p.skipChildren();
      }
    }
    return new Input(id, activity, area, date, category, summary, support);
  }

  @SuppressWarnings("unchecked")
  private static Activity activity(Map<String, Object> m) {
    return new Activity((String) m.remove("id"), date(m.remove("date")), (String) m.remove("area"),
        (String) m.remove("involvement"),
        (List<String>) m.getOrDefault("initiatives", List.of()), m);
  }

  @SuppressWarnings("unchecked")
  private static Decision decision(Map<String, Object> m) {
    List<Consideration> considerations = new ArrayList<>();
    for (Object o : (List<Object>) m.getOrDefault("considerations", List.of())) {
      Map<String, Object> c = (Map<String, Object>) o;
      considerations.add(new Consideration((String) c.get("input"),
          Boolean.TRUE.equals(c.get("considered")), (String) c.get("outcome"),
          (String) c.get("reason")));
    }
    return new Decision((String) m.get("id"), (String) m.get("body"), (String) m.get("area"),
        date(m.get("date")), (List<String>) m.getOrDefault("presentedInputs", List.of()),
        considerations);
  }

  @SuppressWarnings("unchecked")
  private static Allocation allocation(Map<String, Object> m) {
    return new Allocation((String) m.get("id"), date(m.get("date")), (String) m.get("area"),
        (String) m.get("resourceType"), decimal(m.get("quantity")), (String) m.get("unit"),
        (String) m.get("issueCategory"), (String) m.get("decision"),
        (List<String>) m.getOrDefault("respondsTo", List.of()));
  }

  @SuppressWarnings("unchecked")
  private static Initiative initiative(Map<String, Object> m) {
    return new Initiative((String) m.get("id"), (String) m.get("kind"), (String) m.get("name"),
        (String) m.get("businessUnit"), (String) m.get("area"), date(m.get("start")),
        date(m.get("end")), (List<String>) m.getOrDefault("activities", List.of()));
  }

  private static BigDecimal decimal(Object number) {
    return number instanceof BigDecimal d ? d : BigDecimal.valueOf((Long) number);
  }

  private static LocalDate date(Object text) {
    return text == null ? null : LocalDate.parse((String) text);
  }

  private static Map<String, String> strings(JsonParser p) {
    Map<String, String> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      out.put(name, p.getString());
    }
    return out;
  }

  /** The object whose START_OBJECT is the current token. */
  private static Map<String, Object> object(JsonParser p) {
    Map<String, Object> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      out.put(name, value(p, p.nextToken()));
    }
    return out;
  }

  /** The array whose START_ARRAY is the current token. */
  private static List<Object> array(JsonParser p) {
    List<Object> out = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      out.add(value(p, t));
    }
    return out;
  }

  private static Object value(JsonParser p, JsonToken t) {
    return switch (t) {
      case START_OBJECT -> object(p);
      case START_ARRAY -> array(p);
      case VALUE_STRING -> p.getString();
      case VALUE_NUMBER_INT -> p.getLongValue();
      case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IllegalStateException("unexpected " + t);
    };
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalStateException("expected " + expected + ", found " + actual);
    }
  }
}
