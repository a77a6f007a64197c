package org.engagement.examples.cli;

import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.loop.RepeatParticipationMeasure;
import picocli.CommandLine.Command;

/** {@code engagement repeat FILE}: repeat participation, who comes back. */
@Command(name = "repeat", mixinStandardHelpOptions = true,
    description = {"Prints the repeat participation measure for an area and period: how many"
        + " participants took part more than once, with indicators, evidence and gaps.",
        "By default (md) and with csv the output is a published table, with disclosure control"
        + " (docs/spec/measures.md §1). text is the analyst's console view; json is the measure"
        + " result document at full precision. Neither suppresses anything."})
final class RepeatCommand extends AnalysisCommand {

  @Override
  String analyse(EvaluationContext context, Scope scope) {
    return format.render(RepeatParticipationMeasure.standard().evaluate(context, scope));
  }
}
