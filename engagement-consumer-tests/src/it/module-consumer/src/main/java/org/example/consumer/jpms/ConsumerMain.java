package org.example.consumer.jpms;

import java.time.LocalDate;
import org.engagement.core.ActivityId;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementLevel;
import org.engagement.core.EngagementMethod;
import org.engagement.core.InputId;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.IssueCategory;
import org.engagement.core.Openness;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationReport;
import org.engagement.json.EngagementJson;
import org.engagement.measures.Scorecard;
import org.engagement.measures.outcome.OutcomeMeasures;

/**
 * A consumer of the SDK as a named module on the module path: builds a small dataset with the public API, validates
 * it, computes a scorecard and round-trips dataset and scorecard through JSON. Exits non-zero
 * (by an exception) when anything differs.
 */
public final class ConsumerMain {

  private ConsumerMain() {}

  public static void main(String[] args) {
    Area lambeth = Area.builder()
        .id(AreaId.of("E09000022")).name("Lambeth").level(AreaLevel.BOROUGH)
        .build();
    Area coldharbour = Area.builder()
        .id(AreaId.of("E05000420")).name("Coldharbour").level(AreaLevel.WARD)
        .parent(lambeth.id())
        .build();
    EngagementActivity meeting = EngagementActivity.builder()
        .id(ActivityId.of("ACT-0001"))
        .title("Coldharbour ward panel, autumn meeting")
        .date(LocalDate.of(2012, 10, 4))
        .area(coldharbour.id())
        .engagementLevel(EngagementLevel.COMMUNITY)
        .involvement(InvolvementLevel.CONSULT)
        .method(EngagementMethod.WARD_PANEL_MEETING)
        .openness(Openness.OPEN)
        .attendance(35)
        .build();
    CommunityInput asb = CommunityInput.builder()
        .id(InputId.of("IN-0001")).activity(meeting.id()).area(coldharbour.id())
        .date(meeting.date()).issueCategory("ASB")
        .summary("Groups gathering by the market after 10pm").support(12)
        .build();
    DecisionRecord decision = DecisionRecord.builder()
        .id(DecisionId.of("DEC-0001")).body("Lambeth SLT tasking meeting")
        .area(lambeth.id()).date(LocalDate.of(2012, 10, 18))
        .addPresentedInputs(asb.id())
        .addConsiderations(Consideration.builder()
            .input(asb.id()).considered(true).outcome(ConsiderationOutcome.ACCEPTED)
            .reason("Friday-night dispersal patrols")
            .build())
        .build();
    EngagementDataset dataset = EngagementDataset.builder()
        .addIssueCategories(IssueCategory.of("ASB", "Anti-social behaviour"))
        .addAreas(lambeth, coldharbour)
        .addActivities(meeting)
        .addInputs(asb)
        .addDecisions(decision)
        .build();

    ValidationReport report = DatasetValidator.standard().validate(dataset);
    check(report.isValid(), "the dataset is valid: " + report);

    Scope scope = Scope.of(lambeth.id(), Period.financialYear(2012));
    Scorecard card = OutcomeMeasures.standard().scorecard(dataset, scope, AreaLevel.WARD);

    EngagementJson json = EngagementJson.standard();
    EngagementDataset datasetBack = json.readString(json.writeString(dataset)).requireValid();
    check(datasetBack.equals(dataset), "the dataset reads back equal from JSON");
    Scorecard cardBack = json.readScorecard(json.writeString(card));
    check(cardBack.equals(card), "the scorecard reads back equal from JSON");

    check(ConsumerMain.class.getModule().isNamed(), "the consumer runs as a named module");
    check(EngagementJson.class.getModule().isNamed(), "the SDK runs as named modules");
    System.out.println("module-path consumer " + ConsumerMain.class.getModule().getName() + ": "
        + report + "; scorecard of " + card.rows().size() + " rows round-tripped through JSON");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("consumer check failed: " + what);
    }
  }
}
