// Quickstart: build a small engagement dataset by hand, validate it, then break it on purpose.
//
// Run from the repository root, after building the examples jar:
//   ./mvnw -q -DskipTests package
//   jshell --class-path examples/target/engagement-examples.jar examples/jshell/quickstart.jsh
//
// Every record is an immutable value made with builder() ... build() or of(...). A dataset holds
// whatever it is given; DatasetValidator then reports every problem at once and never throws.
//
// JShell runs a line as soon as it is a complete statement, so a builder chain that goes on to
// the next line ends its line with a dot.

import java.time.LocalDate;
import org.engagement.core.*;
import org.engagement.core.validation.*;

// 1. Places. Areas form a tree through their parent: a borough and two of its wards (as in the
//    bundled sample). Ids are ONS codes where known (these two ward codes follow the ONS series
//    but were not checked against the register).
var lambeth = Area.builder().
    id(AreaId.of("E09000022")).name("Lambeth").level(AreaLevel.BOROUGH).
    build();
var coldharbour = Area.builder().
    id(AreaId.of("E05000420")).name("Coldharbour").level(AreaLevel.WARD).
    parent(lambeth.id()).
    build();
var oval = Area.builder().
    id(AreaId.of("E05000426")).name("Oval").level(AreaLevel.WARD).
    parent(lambeth.id()).
    build();

// 2. An engagement activity: a ward panel meeting, open to the public, at the CONSULT level of
//    the spectrum of involvement (INFORM < CONSULT < INVOLVE < COLLABORATE < EMPOWER).
var meeting = EngagementActivity.builder().
    id(ActivityId.of("ACT-0001")).
    title("Coldharbour ward panel, autumn meeting").
    date(LocalDate.of(2012, 10, 4)).
    area(coldharbour.id()).
    engagementLevel(EngagementLevel.COMMUNITY).
    involvement(InvolvementLevel.CONSULT).
    method(EngagementMethod.WARD_PANEL_MEETING).
    openness(Openness.OPEN).
    attendance(35).
    build();

// 3. What the public said there: two community inputs. An issue category is a code of the
//    dataset's issue taxonomy; support is how many people raised or endorsed the input.
var asb = CommunityInput.builder().
    id(InputId.of("IN-0001")).activity(meeting.id()).area(coldharbour.id()).date(meeting.date()).
    issueCategory("ASB").summary("Groups gathering by the market after 10pm").support(12).
    build();
var drugs = CommunityInput.builder().
    id(InputId.of("IN-0002")).activity(meeting.id()).area(coldharbour.id()).date(meeting.date()).
    issueCategory("DRUGS").summary("Street dealing on Atlantic Road").support(7).
    build();

// 4. A decision that gave both inputs due consideration: each input presented to the
//    decision-makers gets a consideration, with its outcome and the reason in the minutes.
var decision = DecisionRecord.builder().
    id(DecisionId.of("DEC-0001")).body("Lambeth SLT tasking meeting").
    area(lambeth.id()).date(LocalDate.of(2012, 10, 18)).
    addPresentedInputs(asb.id(), drugs.id()).
    addConsiderations(Consideration.builder().
        input(asb.id()).considered(true).outcome(ConsiderationOutcome.ACCEPTED).
        reason("Friday-night dispersal patrols").evidenceRef("Minutes of 18 Oct 2012, item 4").
        build()).
    addConsiderations(Consideration.builder().
        input(drugs.id()).considered(true).outcome(ConsiderationOutcome.DEFERRED).
        reason("Waits for the borough drugs operation").
        build()).
    build();

// 5. The dataset: the issue taxonomy, then one list per record type.
var dataset = EngagementDataset.builder().
    addIssueCategories(IssueCategory.of("ASB", "Anti-social behaviour"),
        IssueCategory.of("DRUGS", "Drugs")).
    addAreas(lambeth, coldharbour, oval).
    addActivities(meeting).
    addInputs(asb, drugs).
    addDecisions(decision).
    build();

// 6. Validate it. The report is a value with isValid(), issues() and a readable toString().
System.out.println(DatasetValidator.standard().validate(dataset));

// 7. Break it: a third input cites an activity that the dataset does not have. from(dataset)
//    copies every record into a new builder; the original dataset is unaffected.
var stray = CommunityInput.builder().
    id(InputId.of("IN-0003")).activity(ActivityId.of("ACT-0099")).
    area(oval.id()).date(LocalDate.of(2012, 11, 2)).
    issueCategory("ASB").summary("Street drinking by Kennington Park").
    build();
var broken = EngagementDataset.builder().from(dataset).addInputs(stray).build();

// The report names the record, its field and the bad value, under a stable code that code can
// match on.
var report = DatasetValidator.standard().validate(broken);
System.out.println(report);
System.out.println("Dangling references: " + report.issues(ValidationCode.UNKNOWN_REFERENCE).size());

/exit
