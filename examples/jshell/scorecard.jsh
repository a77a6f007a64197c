// Scorecard: the five outcome measures of the 2006 paper on the bundled sample borough.
//
// Run from the repository root, after building the examples jar:
//   ./mvnw -q -DskipTests package
//   jshell --class-path examples/target/engagement-examples.jar examples/jshell/scorecard.jsh

import org.engagement.core.*;
import org.engagement.measures.*;
import org.engagement.measures.outcome.*;
import org.engagement.examples.SampleData;

// 1. The data and the scope: Lambeth and its 21 wards in the sample's latest year, the financial
//    year 2012/13, as of its last day. The sample also holds 2011/12 (SampleData.PREVIOUS_YEAR).
var data = SampleData.lambeth();
var scope = Scope.of(SampleData.LAMBETH, SampleData.YEAR);

// 2. One measure in full: M1, due consideration. Its result says what the score is made of
//    (numerator and denominator), the funnel of inputs (raised, presented, considered,
//    recorded), the evidence it rests on and the gaps: which input lacks which step.
var measures = OutcomeMeasures.standard();
var m1 = measures.dueConsideration().evaluate(data, scope);
System.out.println(m1);

// 3. All five measures for the borough and each ward. The borough row is computed from the
//    borough's own records (an exact roll-up of the wards' partial results), never an average of
//    the ward scores. toString() is the analyst's console view, without disclosure control.
var card = measures.scorecard(data, scope, AreaLevel.WARD);
System.out.println(card);

// 4. The published form: Markdown (or CSV) with disclosure control, survey figures on a base
//    below 30 withheld and the suppressions stated under the table.
System.out.println(card.toMarkdown());

// 5. The previous year, 2011/12, for comparison: the borough's row. Three wards (Coldharbour,
//    Oval, Stockwell) took up the 2012 standards, and all five of the borough's measures rose.
var before = measures.scorecard(data, Scope.of(SampleData.LAMBETH, SampleData.PREVIOUS_YEAR), AreaLevel.WARD);
System.out.println("2011/12: " + before.total());
System.out.println("2012/13: " + card.total());
/exit
