package org.engagement.examples.cli;

import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.standards.ConsultationStrands;
import picocli.CommandLine.Command;

/** {@code engagement strands FILE}: the six consultation strands S1 to S6. */
@Command(name = "strands", mixinStandardHelpOptions = true,
    description = {"Prints the six consultation strands S1 to S6 for an area and period: each"
        + " strand's score, rating, indicators, evidence and gaps.",
        "By default (md) and with csv the output is a published table, with disclosure control"
        + " (docs/spec/measures.md §1). text is the analyst's console view; json is an array of"
        + " measure result documents at full precision. Neither suppresses anything."})
final class StrandsCommand extends AnalysisCommand {

  @Override
  String analyse(EvaluationContext context, Scope scope) {
    return format.render(ConsultationStrands.standard().evaluate(context, scope));
  }
}
