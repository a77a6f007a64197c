package org.engagement.core.validation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.Area;
import org.engagement.core.AreaLevel;
import org.engagement.core.Consideration;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.QuestionType;
import org.engagement.core.RecordType;
import org.engagement.core.StandardRole;
import org.engagement.core.internal.IdTable;
import org.engagement.core.internal.RecordPlace;

/**
 * Rules of shape: ids unique per type, the area tree acyclic and ordered by level,
 * considerations of presented inputs only and once each, one reference population per area,
 * year and dimension, and well-formed survey questions.
 */
final class StructureRule implements DatasetRule {

  @Override
  public String name() {
    return "structure";
  }

  @Override
  public void check(EngagementDataset d, Issues out, RecordPass pass) {
    uniqueIds(d, out, pass);
    areaTree(d, out, pass);
    considerations(d, out, pass);
    referencePopulations(d, out, pass);
    questions(d, out, pass);
  }

  private static void uniqueIds(EngagementDataset d, Issues out, RecordPass pass) {
    for (RecordType type : RecordType.values()) {
      List<?> records = d.records(type);
      IdTable first = IdTable.of(false, records.size());
      pass.each(records, type, (record, at) -> {
        String id = at.id();
        int earlier = first.add(id, at.index(), 0);
        if (earlier != IdTable.ABSENT) {
          out.add(ValidationCode.DUPLICATE_ID, at.path(),
              "duplicate id " + id + ": also at " + type.collection() + "[" + earlier + "]");
        }
      });
    }
  }

  private static void areaTree(EngagementDataset d, Issues out, RecordPass pass) {
    Set<?> cyclic = d.areasOnCycle();
    pass.each(d.areas(), RecordType.AREA, (area, at) -> {
      if (cyclic.contains(area.id()) && d.area(area.id()).orElse(null) == area) {
        out.add(ValidationCode.AREA_CYCLE, at.path("parent"),
            "area " + area.id() + " is its own ancestor through parent " + area.parent().orElse(null));
      }
      Optional<Area> parent = area.parent().flatMap(d::area);
      if (parent.isPresent() && !above(parent.get().level(), area.level())) {
        out.add(ValidationCode.AREA_LEVEL_ORDER, at.path("parent"),
            "parent " + parent.get().id() + " is a " + parent.get().level()
                + ", not above this " + area.level());
      }
    });
  }

  private static boolean above(AreaLevel parent, AreaLevel child) {
    return parent.compareTo(child) < 0;
  }

  private static void considerations(EngagementDataset d, Issues out, RecordPass pass) {
    pass.each(d.decisions(), RecordType.DECISION, (dec, at) -> {
      Set<InputId> presented = new HashSet<>(dec.presentedInputs());
      Set<InputId> seen = new HashSet<>();
      List<Consideration> considerations = dec.considerations();
      for (int i = 0; i < considerations.size(); i++) {
        InputId input = considerations.get(i).input();
        if (!presented.contains(input)) {
          out.add(ValidationCode.CONSIDERATION_NOT_PRESENTED, at.path("considerations", i, "input"),
              "input " + input + " is considered but not presented in decision " + dec.id());
        }
        if (!seen.add(input)) {
          out.add(ValidationCode.DUPLICATE_CONSIDERATION, at.path("considerations", i, "input"),
              "input " + input + " is considered twice in decision " + dec.id());
        }
      }
    });
  }

  private static void referencePopulations(EngagementDataset d, Issues out, RecordPass pass) {
    Map<String, String> first = new HashMap<>();
    pass.each(d.referencePopulations(), RecordType.REFERENCE_POPULATION, (p, at) -> {
      String key = p.area() + "|" + p.year() + "|" + p.dimension();
      String earlier = first.putIfAbsent(key, p.id().value());
      if (earlier != null) {
        out.add(ValidationCode.DUPLICATE_REFERENCE_POPULATION, at.path(),
            "area " + p.area() + " already has a " + p.year() + " population of " + p.dimension()
                + ": " + earlier);
      }
    });
  }

  private static void questions(EngagementDataset d, Issues out, RecordPass pass) {
    pass.each(d.surveys(), RecordType.SURVEY, (survey, at) -> {
      Set<QuestionId> ids = new HashSet<>();
      Map<StandardRole, QuestionId> roles = new EnumMap<>(StandardRole.class);
      List<Question> questions = survey.questions();
      for (int i = 0; i < questions.size(); i++) {
        Question q = questions.get(i);
        if (!ids.add(q.id())) {
          out.add(ValidationCode.DUPLICATE_ID, at.path("questions", i, "id"),
              "duplicate question id " + q.id() + " in survey " + survey.id());
        }
        if (q.role().isPresent()) {
          StandardRole role = q.role().get();
          QuestionId earlier = roles.putIfAbsent(role, q.id());
          if (earlier != null) {
            out.add(ValidationCode.DUPLICATE_QUESTION_ROLE, at.path("questions", i, "role"),
                "role " + role + " is already held by question " + earlier);
          }
          if (q.type() != role.expectedType()) {
            out.add(ValidationCode.ROLE_TYPE_MISMATCH, at.path("questions", i, "type"),
                "role " + role + " needs a " + role.expectedType() + " question, not " + q.type());
          }
        }
        if (q.type() == QuestionType.CATEGORICAL && q.categories().isEmpty()) {
          out.add(ValidationCode.QUESTION_WITHOUT_CATEGORIES, at.path("questions", i, "categories"),
              "categorical question " + q.id() + " lists no categories");
        }
      }
    });
  }
}
