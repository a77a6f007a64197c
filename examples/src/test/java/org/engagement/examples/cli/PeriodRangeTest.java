package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.engagement.examples.SampleData;
import org.engagement.json.EngagementJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A period on the command line lies within the supported dates, as every record's date does. */
class PeriodRangeTest {

  @TempDir Path dir;

  @Test
  void scorecardAndStandards_periodBeyondTheSupportedDates_isAUsageErrorNotACrash()
      throws Exception {
    Path file = dir.resolve("lambeth.json");
    EngagementJson.standard().write(SampleData.lambeth(), file);
    for (String command : new String[] {"scorecard", "standards"}) {
      for (String period : new String[] {"FY2999", "3000", "1899",
          "+999999999-01-01/+999999999-12-31"}) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = EngagementCommand.commandLine(InputStream.nullInputStream());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));

        int code = line.execute(command, file.toString(), "--period", period);

        assertThat(code).as(command + " " + period + ": " + err).isEqualTo(EngagementCommand.USAGE);
        assertThat(err.toString()).startsWith("engagement " + command + ": bad --period: ")
            .doesNotContain("\tat ");
      }
    }
  }
}
