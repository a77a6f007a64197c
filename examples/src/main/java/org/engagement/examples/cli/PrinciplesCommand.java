package org.engagement.examples.cli;

import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.standards.EngagementPrinciples;
import picocli.CommandLine.Command;

/** {@code engagement principles FILE}: the six engagement principles, as one measure. */
@Command(name = "principles", mixinStandardHelpOptions = true,
    description = {"Prints the six engagement principles for an area and period: the score,"
        + " rating, one indicator per principle, evidence and gaps.",
        "By default (md) and with csv the output is a published table, with disclosure control"
        + " (docs/spec/measures.md §1). text is the analyst's console view; json is the measure"
        + " result document at full precision. Neither suppresses anything."})
final class PrinciplesCommand extends AnalysisCommand {

  @Override
  String analyse(EvaluationContext context, Scope scope) {
    return format.render(EngagementPrinciples.standard().evaluate(context, scope));
  }
}
