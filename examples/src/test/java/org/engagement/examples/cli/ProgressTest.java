package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.json.EngagementJson;
import org.junit.jupiter.api.Test;

/**
 * Progress on standard error: the commands report bytes and records read and what they
 * evaluated to the sink, never into the output; the terminal sink rewrites one line and clears
 * it before the output.
 */
class ProgressTest {

  private static final Path SAMPLE_FILE = Path.of("data", "lambeth.json");

  /** A sink that records every report. */
  private static class Recorder implements Progress {
    final List<String> events = new ArrayList<>();
    long lastRead = -1;
    long size;

    @Override
    public void reading(String file, long read, long size) {
      assertThat(read).isGreaterThan(lastRead);
      lastRead = read;
      this.size = size;
    }

    @Override
    public void read(long records) {
      events.add("read " + records);
    }

    @Override
    public void evaluated(String what, long done, long total) {
      events.add(what + " " + done + "/" + total);
    }

    @Override
    public void finished() {
      events.add("finished");
    }
  }

  private static long records() {
    EngagementDataset data = EngagementJson.standard().read(SAMPLE_FILE).dataset();
    long n = 0;
    for (RecordType t : RecordType.values()) {
      n += data.count(t);
    }
    return n;
  }

  @Test
  void scorecard_reportsBytesRecordsAndAreas_andTheOutputIsUnchanged() throws Exception {
    Recorder sink = new Recorder();

    CommandRun with = CommandRun.with(sink, "scorecard", SAMPLE_FILE.toString(), "--level",
        "WARD");
    CommandRun without = CommandRun.of("scorecard", SAMPLE_FILE.toString(), "--level", "WARD");

    assertThat(with.out()).isEqualTo(without.out());
    assertThat(with.err()).isEmpty();
    assertThat(sink.lastRead).isEqualTo(Files.size(SAMPLE_FILE)).isEqualTo(sink.size);
    assertThat(sink.events.get(0)).isEqualTo("read " + records());
    assertThat(sink.events).contains("areas 0/22", "areas 22/22");
    assertThat(sink.events.get(sink.events.size() - 1)).isEqualTo("finished");
  }

  @Test
  void validate_reportsBothPassesOverTheFile_andTheOutputIsUnchanged() throws Exception {
    List<String> files = new ArrayList<>();
    List<Long> reads = new ArrayList<>();
    Progress sink = new Recorder() {
      @Override
      public void reading(String file, long read, long size) {
        files.add(file);
        reads.add(read);
        this.size = size;
      }
    };

    CommandRun with = CommandRun.with(sink, "validate", SAMPLE_FILE.toString());
    CommandRun without = CommandRun.of("validate", SAMPLE_FILE.toString());

    assertThat(with.out()).isEqualTo(without.out());
    assertThat(with.err()).isEmpty();
    long size = Files.size(SAMPLE_FILE);
    String first = SAMPLE_FILE + " (pass 1 of 2)";
    String second = SAMPLE_FILE + " (pass 2 of 2)";
    assertThat(files).startsWith(first).endsWith(second).containsOnly(first, second);
    // Each pass rises to the file's size.
    assertThat(reads.get(files.indexOf(second) - 1)).isEqualTo(size);
    assertThat(reads.get(reads.size() - 1)).isEqualTo(size);
  }

  @Test
  void standards_reportsEachRule() {
    Recorder sink = new Recorder();

    CommandRun.with(sink, "standards", SAMPLE_FILE.toString());

    assertThat(sink.events).contains("rules 1/25", "rules 25/25");
  }

  @Test
  void terminal_rewritesOneLine_andClearsIt() {
    StringWriter err = new StringWriter();
    Progress terminal = Progress.terminal(new PrintWriter(err, true));

    terminal.reading("big.json", 0, 2 * 1048576);
    terminal.reading("big.json", 10, 2 * 1048576);
    terminal.reading("big.json", 1048576, 2 * 1048576);
    terminal.read(1234567);
    terminal.evaluated("areas", 3, 22);
    terminal.finished();

    assertThat(err.toString()).isEqualTo("\rreading big.json: 0.0 of 2.0 MB"
        + "\rreading big.json: 1.0 of 2.0 MB"
        + "\rread 1,234,567 records         "
        + "\revaluated areas: 3 of 22"
        + "\r" + " ".repeat(24) + "\r");
  }
}
