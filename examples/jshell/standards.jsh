// Standards: the compliance matrix of the sample borough against the 2012 MPS Quality Standards
// for Engagement.
//
// Run from the repository root, after building the examples jar:
//   ./mvnw -q -DskipTests package
//   jshell --class-path examples/target/engagement-examples.jar examples/jshell/standards.jsh
//
// Each of the 25 promises is a rule: evaluate(dataset, scope) gives MET, PARTLY_MET, NOT_MET or
// NOT_ASSESSABLE (with the reason), an attainment, a per-area breakdown, evidence and gaps.

import org.engagement.core.*;
import org.engagement.examples.SampleData;
import org.engagement.measures.standards.*;

// 1. The sample borough (synthetic Lambeth) and its scope: its latest year, FY2012/13.
var data = SampleData.lambeth();
var scope = Scope.of(SampleData.LAMBETH, SampleData.YEAR);

// 2. The built-in catalogue of the 25 promises, evaluated into a matrix: areas as rows (the
//    borough as a whole first, then the wards the per-ward rules report on), rules as columns.
var catalogue = QualityStandards2012.catalogue();
var matrix = ComplianceMatrix.of(catalogue, data, scope);
System.out.println(matrix);

// 3. One rule in detail: its requirement, per-area breakdown, evidence and gaps.
System.out.println(catalogue.rule("CE-3").orElseThrow().evaluate(data, scope));

// 4. The same matrix for publication: Markdown (and matrix.toCsv() for a spreadsheet).
System.out.println(matrix.toMarkdown());

// 5. The 2005 consultation strands (S4 is M1), the 2011 engagement principles and the health of
//    the borough's panels, pooled.
import org.engagement.measures.MeasureResult;
for (MeasureResult strand : ConsultationStrands.standard().evaluate(data, scope)) {
    System.out.println(strand.measure() + " " + strand.title() + ": " + strand.headline());
}
System.out.println(EngagementPrinciples.standard().evaluate(data, scope));
System.out.println("Consultation fatigue: consultations by different units on one issue, in"
    + " the same or a nested area, at most " + ConsultationFatigue.WINDOW_DAYS + " days apart:");
ConsultationFatigue.pairs(data, scope).forEach(pair -> System.out.println("  " + pair));
PanelHealthAssessment.standard().perBorough(data, scope).forEach(System.out::println);

// 6. The year before, FY2011/12: the promises whose status changed. In 2012/13 the borough
//    appointed a youth engagement coordinator and a tensions specialist, issued every quarter's
//    tension assessment and a tensions report, and London's youth survey got under way; but one
//    IAG meeting went without an SLT member and another's minutes do not say.
var before = ComplianceMatrix.of(catalogue, data, Scope.of(SampleData.LAMBETH, SampleData.PREVIOUS_YEAR));
for (int i = 0; i < matrix.results().size(); i++) {
    var was = before.results().get(i);
    var is = matrix.results().get(i);
    if (was.status() != is.status()) {
        System.out.println(is.rule() + " " + is.title() + ": " + was.status() + " in 2011/12, " + is.status() + " in 2012/13");
    }
}

/exit
