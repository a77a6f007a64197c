// Diversity against the census (M3): who took part in a real online conversation about young
// people and policing in London, against London's 2011 census profile.
//
// Run from the repository root, after building the examples jar (the data is bundled in
// examples/data):
//   ./mvnw -q -DskipTests package
//   jshell --class-path examples/target/engagement-examples.jar examples/jshell/diversity.jsh
//
// The conversation: Polis open data, "What is the best way to engage more young people in local
// scrutiny of policing?", July 2022. Data was gathered using the Polis software
// (compdemocracy.org/polis) and is sub-licensed under CC BY 4.0 with Attribution to The
// Computational Democracy Project. The data and more information about how the data was
// collected can be found at https://compdemocracy.org/case-studies/2022-london-youth-policing
//
// The census: usual residents of London by ethnic group, 2011 Census (ONS, KS201EW). Contains
// public sector information licensed under the Open Government Licence v3.0.

import java.nio.file.*;
import java.util.*;
import org.engagement.core.*;
import org.engagement.examples.importers.*;
import org.engagement.measures.*;
import org.engagement.measures.outcome.*;
import org.engagement.measures.stats.*;

// From the repository root the data is examples/data; from the examples module (where its test
// runs this script) it is data.
var bundled = Files.isDirectory(Path.of("examples/data")) ? Path.of("examples/data") : Path.of("data");

// 1. Import the conversation: statements become inputs, the facilitator's self-description
//    statements ("My ethnicity is ...", "I identify as ...") become demographic counts. Agreeing
//    with one means "this describes me", so the counts are RESPONSES, not people.
var polis = PolisImporter.read(bundled.resolve("polis-london-youth-policing"));
System.out.println(polis.report());

// 2. London's census profile as the reference population for ethnicity.
var census = CensusProfile.readEthnicity(bundled.resolve("reference/london-census-2011-ethnic-group.csv"), 2011, "2011 Census, ONS KS201EW, Open Government Licence v3.0");
var data = EngagementDataset.builder().from(polis.dataset()).addAllReferencePopulations(census).build();

// 3. M3 for London in 2022: the mean of R = 1 − Duncan's D over the primary dimensions that have
//    both a reference and stated counts — here ethnicity alone.
var m3 = DiverseNeedsMeasure.standard().evaluate(data, Scope.of(PolisImporter.LONDON, Period.year(2022)));
System.out.println();
System.out.println("M3 understanding diverse needs, London, 2022: " + m3.headline());

System.out.println();
System.out.println("Per dimension");
for (var dimension : DemographicScheme.defaultScheme().primaryDimensions()) {
    var d = dimension.code();
    var r = m3.indicator("R[" + d + "]").orElseThrow();
    if (!r.isAssessable()) {
        System.out.printf("  %-18s not assessable: %s%n", d, r.note().orElse(""));
        continue;
    }
    System.out.printf("  %-18s R %s  D %s  X2 %s  df %s  p %s (descriptive)%n", d, r.formattedValue(),
        m3.indicator("D[" + d + "]").orElseThrow().formattedValue(),
        m3.indicator("chiSquare[" + d + "]").orElseThrow().formattedValue(),
        m3.indicator("df[" + d + "]").orElseThrow().formattedValue(),
        m3.indicator("pValue[" + d + "]").orElseThrow().formattedValue());
}

// 4. Ethnicity category by category: the share of responses against the census share, and the
//    representation ratio r = p / q (under-represented: q ≥ 0.02 and r < 0.8).
var observed = polis.dataset().activities().get(0).demographics().orElseThrow().dimensions().stream().
    filter(c -> c.dimension().equals("ETHNICITY")).findFirst().orElseThrow().counts();
var ethnicity = Representativeness.of(observed, census.get(0).counts());
System.out.println();
System.out.println("Ethnicity             responses  share   census share  ratio");
for (var category : DemographicScheme.defaultScheme().dimension("ETHNICITY").orElseThrow().categories()) {
    var c = ethnicity.category(category.code()).orElseThrow();
    System.out.printf("  %-18s %9d  %.3f   %.3f         %.2f%s%n", c.category(), c.observed(),
        c.observedShare(), c.referenceShare(), c.ratio().orElse(Double.NaN),
        c.underRepresented() ? "  under-represented" : "");
}
System.out.println("Gaps: " + m3.gaps());

// 5. Read with care.
System.out.println();
System.out.println("Caution: the census counts Londoners of all ages; the conversation was with young people, and");
System.out.println("London's younger residents are more ethnically diverse than its population as a whole, so the");
System.out.println("gap mixes age structure with under-representation. The counts are agree votes on self-description");
System.out.println("statements (" + polis.dataset().activities().get(0).attendance().orElseThrow() + " voters, "
    + ethnicity.observedTotal() + " responses on ethnicity), not a demographic monitoring form.");

/exit
