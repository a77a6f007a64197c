// Two waves of the Public Attitude Survey in the sample borough: did more people say the police
// listen, and how does the answer differ by ethnicity?
//
// Run from the repository root, after building the examples jar:
//   ./mvnw -q -DskipTests package
//   jshell --class-path examples/target/engagement-examples.jar examples/jshell/two-waves.jsh
//
// The sample (SampleData.lambeth()) covers two financial years and holds one public wave of
// each, PAS-2011 (2011/12) and PAS-2012 (2012/13): thirty to fifty residents in each of its 21
// wards, more in the larger ones, weighted back to the ward's census by age band and gender
// (older, female and White residents answer more often than others). Survey figures are
// weighted proportions with 95% Wilson intervals on Kish's effective base (docs/spec/measures.md
// §1). The published tables apply disclosure control: a figure on fewer than 30 answers is
// SUPPRESSED (its base shown), a group of 1 to 4 people is shown as <5, and one more cell is
// withheld when a single one would otherwise be recoverable from the total. toString() is the
// analyst's own view and withholds nothing.

import java.util.List;
import org.engagement.core.*;
import org.engagement.examples.SampleData;
import org.engagement.measures.*;
import org.engagement.measures.survey.*;

var data = SampleData.lambeth();
var borough = Scope.of(SampleData.LAMBETH, SampleData.YEAR);

// 1. The 2005 strategy's additional measures A1–A5 for 2011/12 and 2012/13, each a measure
//    result.
for (var year : List.of(SampleData.PREVIOUS_YEAR, SampleData.YEAR)) {
    System.out.println(year);
    AdditionalMeasures.evaluateAll(data, Scope.of(SampleData.LAMBETH, year)).
        forEach(r -> System.out.println("  " + r.measure() + " " + r.title() + ": " + r.headline()));
}

// 2. "The police listen to the concerns of local people", in public surveys only.
var listen = SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC);

// 3. Comparative satisfaction by ethnicity in 2012/13: each group against the rest of the
//    sample (not-stated included), published with disclosure control.
var byGroup = SurveyAnalysis.breakdown(data, borough, listen);
System.out.println(SurveyTables.markdown(byGroup.only("ETHNICITY")));

// 4. Two waves, one a year. A scope can name the surveys (waves) it reads; the period covers
//    both years. (Scopes of the two years, without naming the waves, give the same answer here.)
var bothYears = SampleData.YEARS;
var wave2011 = Scope.builder().area(SampleData.LAMBETH).period(bothYears).
    addSurveys(SurveyId.of("PAS-2011")).
    build();
var wave2012 = Scope.builder().area(SampleData.LAMBETH).period(bothYears).
    addSurveys(SurveyId.of("PAS-2012")).
    build();
var change = SurveyAnalysis.change(data, wave2011, wave2012, listen);
System.out.println(SurveyTables.markdown(change));
System.out.println("Verdict: " + change.change().verdict());

// 5. The two response sets must not share a response: the borough against one of its own
//    wards is refused.
var ward = data.areasAtLevel(SampleData.LAMBETH, AreaLevel.WARD).iterator().next();
try {
  SurveyAnalysis.change(data, borough, Scope.of(ward, SampleData.YEAR), listen);
} catch (IllegalArgumentException refused) {
  System.out.println("Borough against one of its own wards, refused: " + refused.getMessage());
}

/exit
