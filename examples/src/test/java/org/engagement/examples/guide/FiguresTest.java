package org.engagement.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.engagement.examples.ScriptRunner;
import org.engagement.examples.WriteSampleJson;
import org.junit.jupiter.api.Test;

/** The guide's figures: deterministic, with {@code \n} line breaks, naming the committed sample. */
class FiguresTest {

  private static final Path ROOT = ScriptRunner.repositoryRoot();

  @Test
  void standard_sameSample_givesTheSameTextTwice() {
    Map<String, Supplier<String>> once = Figures.standard(ROOT);
    Map<String, Supplier<String>> again = Figures.standard(ROOT);
    for (String name : once.keySet()) {
      String text = once.get(name).get();
      assertThat(again.get(name).get()).as(name).isEqualTo(text);
      assertThat(text).as(name).doesNotContain("\r").isNotBlank();
    }
  }

  @Test
  void sampleFile_isTheCommittedFileOfWriteSampleJson() {
    assertThat(Figures.SAMPLE_FILE).isEqualTo(WriteSampleJson.FILE);
  }

  @Test
  void commandLineFigure_showsTheCommittedFileNameNotTheTemporaryCopy() {
    String validate = Figures.standard(ROOT).get("cli-run-validate").get();

    assertThat(validate).startsWith("```text\n$ examples/bin/engagement validate "
        + Figures.SAMPLE_FILE + "\n").contains("(exit code 0)")
        .doesNotContain("engagement-guide");
  }

  @Test
  void helpFigure_isPlainTextWithoutTheCommandLine() {
    String help = Figures.standard(ROOT).get("cli-help-compare").get();

    assertThat(help).startsWith("```text\nUsage: engagement compare")
        .doesNotContain("\u001B[").doesNotContain("(exit code");
  }

  @Test
  void polisEthnicity_smallCountsAreSuppressedWithTheirSharesAndRatios() {
    String table = Figures.standard(ROOT).get("polis-ethnicity").get();

    assertThat(table)
        .contains("| Asian, Asian British or Asian Welsh | <5 | withheld | 0.185 | withheld |")
        .contains("| White | <5 | withheld | 0.598 | withheld |")
        .contains("| Other ethnic group | <5 | withheld | 0.034 | withheld |")
        .contains("| Mixed or Multiple ethnic groups | 10 | 0.313 | 0.050 | 6.30 |")
        .contains("\nSuppressed (")
        .doesNotContain("0.094").doesNotContain("0.125").doesNotContain("0.063");
  }

  @Test
  void measureFigure_isTheSdksPublishedMarkdownWithShortLists() {
    String m1 = Figures.standard(ROOT).get("m1-borough").get();

    assertThat(m1).startsWith("### M1 Due consideration: ").contains("\n**Score:** ")
        .contains("| Indicator | Value |").containsPattern("\\*\\*Evidence \\(\\d+\\):\\*\\* ")
        .containsPattern(", … and \\d+ more\n");
  }
}
