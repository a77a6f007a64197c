package org.engagement.examples.cli;

import java.util.concurrent.Callable;
import org.engagement.json.EngagementJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code engagement schema}: prints the dataset JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of the dataset format.")
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    EngagementCommand.print(spec, EngagementJson.schema());
    return EngagementCommand.OK;
  }
}
