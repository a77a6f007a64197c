package org.engagement.core.validation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.engagement.core.ActivityId;
import org.engagement.core.AreaId;
import org.engagement.core.DecisionId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.GroupId;
import org.engagement.core.InitiativeId;
import org.engagement.core.InputId;
import org.engagement.core.PanelId;
import org.engagement.core.RecordId;
import org.engagement.core.RecordType;
import org.engagement.core.SurveyId;
import org.engagement.core.internal.RecordPlace;

/**
 * Every reference resolves: areas, activities, inputs, decisions, initiatives, panels, surveys,
 * hard-to-hear groups, and the issue categories of the taxonomy. (Questions of a survey are
 * checked with the answers, demographic codes with the scheme.) A blank issue category code is
 * not an unknown one: the constraints report it as {@code BLANK_TEXT}, and so does this rule for
 * a priority's optional category.
 */
final class ReferenceRule implements DatasetRule {

  @Override
  public String name() {
    return "references";
  }

  @Override
  public void check(EngagementDataset d, Issues out, RecordPass pass) {
    Refs refs = new Refs(d, out);
    pass.each(d.areas(), RecordType.AREA, (a, at) ->
        a.parent().ifPresent(p -> refs.area(at, p, "parent")));
    pass.each(d.stakeholders(), RecordType.STAKEHOLDER, (s, at) -> {
      refs.area(at, s.homeArea(), "homeArea");
      refs.areas(at, s.areasServed(), "areasServed");
      for (int i = 0; i < s.groups().size(); i++) {
        refs.group(at, s.groups().get(i), "groups", i);
      }
    });
    pass.each(d.hardToHearGroups(), RecordType.HARD_TO_HEAR_GROUP, (g, at) ->
        refs.area(at, g.area(), "area"));
    pass.each(d.referencePopulations(), RecordType.REFERENCE_POPULATION, (p, at) ->
        refs.area(at, p.area(), "area"));
    pass.each(d.activities(), RecordType.ACTIVITY, (a, at) -> {
      refs.area(at, a.area(), "area");
      a.panel().ifPresent(p -> refs.panel(at, p, "panel"));
      for (int i = 0; i < a.initiatives().size(); i++) {
        refs.initiative(at, a.initiatives().get(i), "initiatives", i);
      }
      refs.issues(at, a.issueCategories(), "issueCategories");
    });
    pass.each(d.inputs(), RecordType.INPUT, (in, at) -> {
      refs.activity(at, in.activity(), "activity");
      refs.area(at, in.area(), "area");
      refs.issue(at, in.issueCategory(), "issueCategory");
    });
    pass.each(d.analyses(), RecordType.ANALYSIS, (an, at) ->
        refs.activity(at, an.activity(), "activity"));
    pass.each(d.decisions(), RecordType.DECISION, (dec, at) -> {
      refs.area(at, dec.area(), "area");
      refs.inputs(at, dec.presentedInputs(), "presentedInputs");
      for (int i = 0; i < dec.considerations().size(); i++) {
        refs.input(at, dec.considerations().get(i).input(), "considerations", i, "input");
      }
    });
    pass.each(d.targets(), RecordType.TARGET, (t, at) -> {
      refs.area(at, t.area(), "area");
      refs.inputs(at, t.informedBy(), "informedBy");
    });
    pass.each(d.allocations(), RecordType.ALLOCATION, (a, at) -> {
      refs.area(at, a.area(), "area");
      a.decision().ifPresent(dec -> refs.decision(at, dec, "decision"));
      refs.inputs(at, a.respondsTo(), "respondsTo");
      refs.issue(at, a.issueCategory(), "issueCategory");
    });
    pass.each(d.initiatives(), RecordType.INITIATIVE, (in, at) -> {
      refs.area(at, in.area(), "area");
      for (int i = 0; i < in.activities().size(); i++) {
        refs.activity(at, in.activities().get(i), "activities", i);
      }
    });
    pass.each(d.feedback(), RecordType.FEEDBACK, (f, at) -> {
      for (int i = 0; i < f.answers().size(); i++) {
        refs.activity(at, f.answers().get(i), "answers", i);
      }
      for (int i = 0; i < f.responses().size(); i++) {
        refs.input(at, f.responses().get(i).input(), "responses", i, "input");
      }
    });
    pass.each(d.surveys(), RecordType.SURVEY, (s, at) ->
        s.area().ifPresent(a -> refs.area(at, a, "area")));
    pass.each(d.responses(), RecordType.RESPONSE, (r, at) -> {
      refs.survey(at, r.survey(), "survey");
      refs.area(at, r.area(), "area");
    });
    pass.each(d.panels(), RecordType.PANEL, (p, at) -> {
      refs.area(at, p.area(), "area");
      for (int i = 0; i < p.links().size(); i++) {
        refs.panel(at, p.links().get(i), "links", i);
      }
    });
    pass.each(d.priorities(), RecordType.PRIORITY, (p, at) -> {
      refs.panel(at, p.panel(), "panel");
      p.category().ifPresent(c -> {
        // an Optional element cannot carry @NotBlank: Hibernate would reject an empty Optional
        if (c.isBlank()) {
          out.add(ValidationCode.BLANK_TEXT, at.path("category"),
              "category must not be blank: '" + c + "'");
        }
        refs.issue(at, c, "category");
      });
    });
    pass.each(d.roles(), RecordType.ROLE, (r, at) ->
        refs.area(at, r.area(), "area"));
    pass.each(d.keyMessages(), RecordType.KEY_MESSAGE, (m, at) ->
        refs.area(at, m.area(), "area"));
    pass.each(d.commitments(), RecordType.COMMITMENT, (c, at) ->
        refs.area(at, c.area(), "area"));
    pass.each(d.publications(), RecordType.PUBLICATION, (p, at) -> {
      refs.area(at, p.area(), "area");
      p.panel().ifPresent(panel -> refs.panel(at, panel, "panel"));
    });
  }

  /** Reports references that do not resolve, naming the kind and the id. */
  private static final class Refs {
    private final EngagementDataset d;
    private final Issues out;

    Refs(EngagementDataset d, Issues out) {
      this.d = d;
      this.out = out;
    }

    private <I extends RecordId> void resolve(
        RecordPlace at, I id, Function<I, Optional<?>> lookup, String kind, Object... field) {
      if (lookup.apply(id).isEmpty()) {
        out.add(ValidationCode.UNKNOWN_REFERENCE, at.path(field), "unknown " + kind + " id: " + id);
      }
    }

    void area(RecordPlace at, AreaId id, Object... field) {
      resolve(at, id, d::area, "area", field);
    }

    void areas(RecordPlace at, List<AreaId> ids, String field) {
      for (int i = 0; i < ids.size(); i++) {
        area(at, ids.get(i), field, i);
      }
    }

    void group(RecordPlace at, GroupId id, Object... field) {
      resolve(at, id, d::hardToHearGroup, "hard-to-hear group", field);
    }

    void activity(RecordPlace at, ActivityId id, Object... field) {
      resolve(at, id, d::activity, "activity", field);
    }

    void input(RecordPlace at, InputId id, Object... field) {
      resolve(at, id, d::input, "input", field);
    }

    void inputs(RecordPlace at, List<InputId> ids, String field) {
      for (int i = 0; i < ids.size(); i++) {
        input(at, ids.get(i), field, i);
      }
    }

    void decision(RecordPlace at, DecisionId id, Object... field) {
      resolve(at, id, d::decision, "decision", field);
    }

    void initiative(RecordPlace at, InitiativeId id, Object... field) {
      resolve(at, id, d::initiative, "initiative", field);
    }

    void panel(RecordPlace at, PanelId id, Object... field) {
      resolve(at, id, d::panel, "panel", field);
    }

    void survey(RecordPlace at, SurveyId id, Object... field) {
      resolve(at, id, d::survey, "survey", field);
    }

    void issue(RecordPlace at, String code, Object... field) {
      // a blank code is reported as BLANK_TEXT by the single-field constraints
      if (d.issueCategory(code).isEmpty() && !code.isBlank()) {
        out.add(ValidationCode.UNKNOWN_ISSUE_CATEGORY, at.path(field),
            "unknown issue category: " + code);
      }
    }

    void issues(RecordPlace at, List<String> codes, String field) {
      for (int i = 0; i < codes.size(); i++) {
        issue(at, codes.get(i), field, i);
      }
    }
  }
}
