package org.engagement.examples.cli;

import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.loop.ClosingTheLoopMeasure;
import picocli.CommandLine.Command;

/** {@code engagement loop FILE}: closing the loop, whether community input was answered. */
@Command(name = "loop", mixinStandardHelpOptions = true,
    description = {"Prints the closing-the-loop measure for an area and period: how much"
        + " community input was answered, and answered consistently, with indicators, evidence"
        + " and gaps. Feedback dated after --as-of is ignored.",
        "By default (md) and with csv the output is a published table, with disclosure control"
        + " (docs/spec/measures.md §1). text is the analyst's console view; json is the measure"
        + " result document at full precision. Neither suppresses anything."})
final class LoopCommand extends AnalysisCommand {

  @Override
  String analyse(EvaluationContext context, Scope scope) {
    return format.render(ClosingTheLoopMeasure.standard().evaluate(context, scope));
  }
}
