// Due consideration (M1), input by input: which inputs of the sample borough fell where in the
// funnel raised → presented → considered → recorded in 2012/13, what each one lacks, and
// how each ward did in both years.
//
// Run from the repository root, after building the examples jar:
//   ./mvnw -q -DskipTests package
//   jshell --class-path examples/target/engagement-examples.jar examples/jshell/due-consideration.jsh
//
// An input is PRESENTED when a decision record lists it among the inputs put to decision-makers,
// CONSIDERED when that decision's consideration of it says considered = true, and RECORDED when
// the outcome is ACCEPTED, PARTLY_ACCEPTED or REJECTED with a reason (docs/spec/measures.md §2,
// M1). The funnel is cumulative: "presented" counts every input that got at least that far.

import java.util.*;
import java.util.stream.*;
import org.engagement.core.*;
import org.engagement.examples.SampleData;
import org.engagement.measures.*;
import org.engagement.measures.outcome.*;

var data = SampleData.lambeth();
var scope = Scope.of(SampleData.LAMBETH, SampleData.YEAR);
var m1 = DueConsiderationMeasure.standard().evaluate(data, scope);
System.out.println("M1 due consideration, Lambeth, " + scope.period() + ": " + m1.headline());

// 1. The funnel, from the measure's indicators.
System.out.println();
System.out.println("Funnel");
for (var step : List.of("raised", "presented", "considered", "recorded")) {
    System.out.printf("  %-11s %3d%n", step, Math.round(m1.indicator(step).orElseThrow().value().orElseThrow()));
}

// 2. Where each input stopped. A gap names the first step an input lacks; an input in scope with
//    no gap was recorded. Inputs are in scope when their date lies in the period and their area
//    in the borough.
var inScope = data.inputs().stream().
    filter(i -> scope.period().contains(i.date()) && data.isWithin(i.area(), scope.area())).
    collect(Collectors.toMap(i -> i.id().value(), i -> i, (a, b) -> a, TreeMap::new));
var lacks = m1.gaps().stream().collect(Collectors.toMap(Gap::id, Gap::lacks));
var stoppedAt = new LinkedHashMap<String, List<String>>();
stoppedAt.put("raised, never presented (lacks PRESENTED)", new ArrayList<>());
stoppedAt.put("presented, not considered (lacks CONSIDERED)", new ArrayList<>());
stoppedAt.put("considered, no recorded outcome with a reason (lacks RECORDED)", new ArrayList<>());
stoppedAt.put("recorded", new ArrayList<>());
var groups = new ArrayList<>(stoppedAt.keySet());
inScope.forEach((id, input) -> {
    String lack = lacks.get(id);
    String group = lack == null ? groups.get(3)
        : lack.equals("PRESENTED") ? groups.get(0)
        : lack.equals("CONSIDERED") ? groups.get(1) : groups.get(2);
    stoppedAt.get(group).add(String.format("%s  %-14s %s", id, input.issueCategory(), input.summary()));
});
stoppedAt.forEach((group, inputs) -> {
    System.out.println();
    System.out.println(group + ": " + inputs.size());
    inputs.stream().limit(3).forEach(line -> System.out.println("  " + line));
    if (inputs.size() > 3) {
        System.out.println("  … and " + (inputs.size() - 3) + " more");
    }
});

// 3. The same per ward, in both years: where does due consideration break down, and where did
//    it improve? Coldharbour, Oval and Stockwell took up the 2012 standards in 2012/13.
System.out.println();
System.out.printf("By ward %28s %-36s %s%n", "", "2011/12", "2012/13");
for (var ward : data.areasAtLevel(SampleData.LAMBETH, AreaLevel.WARD)) {
    var before = DueConsiderationMeasure.standard().evaluate(data, Scope.of(ward, SampleData.PREVIOUS_YEAR));
    var after = DueConsiderationMeasure.standard().evaluate(data, Scope.of(ward, SampleData.YEAR));
    System.out.printf("  %-10s %-24s %-36s %s%n", ward, data.area(ward).orElseThrow().name(),
        before.headline(), after.headline());
}

/exit
