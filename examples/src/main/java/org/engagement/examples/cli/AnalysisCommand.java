package org.engagement.examples.cli;

import java.util.concurrent.Callable;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * An analysis command of one scope: reads the dataset FILE, builds one {@link EvaluationContext}
 * for the run, and prints what {@link #analyse} returns. Its options are the common ones:
 * {@code --area}, {@code --period}, {@code --as-of} ({@link ScopeOptions}) and {@code --format}
 * ({@link FormatOption}).
 */
abstract class AnalysisCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The dataset JSON, or - for standard input.")
  String file = "-";

  @Mixin ScopeOptions scope = new ScopeOptions();

  @Mixin FormatOption format = new FormatOption();

  @Override
  public final Integer call() {
    EngagementDataset data = Inputs.readValid(spec, file);
    Scope s = scope.scope(data);
    EngagementCommand.print(spec, analyse(EvaluationContext.of(data), s));
    return EngagementCommand.OK;
  }

  /**
   * The analysis of the scope, in the chosen format.
   *
   * @param context the run's one evaluation context
   * @param scope the scope the options name
   * @return the text to print
   */
  abstract String analyse(EvaluationContext context, Scope scope);
}
