package org.engagement.benchmarks;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.json.EngagementJson;
import org.engagement.json.JsonFeature;
import org.engagement.json.ReadResult;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.outcome.DueConsiderationMeasure;

/**
 * The SDK's side of the comparison with {@code pandas-m1.py}: reads a dataset file and prints M1
 * for every ward as the script does ({@code ward,raised,recorded,score}, one line per ward in
 * the order of the ward ids), with the time of each step on standard error.
 *
 * <pre class="language-shell">{@code
 * java -cp engagement-benchmarks/target/benchmarks.jar \
 *     org.engagement.benchmarks.M1EveryWard national-2100.json > m1-sdk.csv
 * java -cp engagement-benchmarks/target/benchmarks.jar \
 *     org.engagement.benchmarks.M1EveryWard --validate national-2100.json > m1-sdk.csv
 * java -cp engagement-benchmarks/target/benchmarks.jar \
 *     org.engagement.benchmarks.M1EveryWard --only national-2100.json > m1-sdk.csv
 * }</pre>
 *
 * <p>Without {@code --validate} the file is read as the script reads it, without the dataset
 * validator; with it, every rule is checked while reading. With {@code --only} the reader binds
 * only the record types M1 depends on ({@link org.engagement.measures.Measure#recordTypes()}:
 * areas, inputs and decisions) and skips the other arrays, without validation. {@code --again N}
 * then evaluates M1 for every ward N more times, alternately with the same context and with a new
 * one, and gives the median of each: with the same context, what the computation costs once the
 * JVM has compiled it and the index is built, as in a program or a JShell session that asks more
 * than one question of the data; with a new context, the same computation with the index built
 * each time, as the script builds its groupings each time (the like-for-like figure).
 */
public final class M1EveryWard {

  private M1EveryWard() {}

  /**
   * Reads the file and prints M1 for every ward.
   *
   * @param args {@code [--validate | --only] [--again N] FILE}
   */
  public static void main(String[] args) {
    boolean validate = false;
    boolean only = false;
    int again = 0;
    int i = 0;
    try {
      for (; i < args.length - 1; i++) {
        if (args[i].equals("--validate")) {
          validate = true;
        } else if (args[i].equals("--only")) {
          only = true;
        } else if (args[i].equals("--again")) {
          again = Integer.parseInt(args[++i]);
        } else {
          break;
        }
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      i = -1;
    }
    if (i != args.length - 1 || again < 0 || (validate && only)) {
      System.err.println("usage: M1EveryWard [--validate | --only] [--again N] <file.json>");
      System.exit(2);
    }
    Path file = Path.of(args[args.length - 1]);
    long t0 = System.nanoTime();
    DueConsiderationMeasure m1 = DueConsiderationMeasure.standard();
    EngagementJson json = validate
        ? DataBenchmarks.JSON.enable(JsonFeature.VALIDATE)
        : DataBenchmarks.JSON.disable(JsonFeature.VALIDATE);
    if (only) {
      json = json.withRecordTypes(m1.recordTypes());
    }
    ReadResult read = json.read(file);
    if (!read.isValid()) {
      System.err.println(file + " is not valid: " + read.errors().size() + " errors");
      System.exit(1);
    }
    EngagementDataset data = read.dataset();
    long t1 = System.nanoTime();
    EvaluationContext context = EvaluationContext.of(data);
    Map<AreaId, MeasureResult> wards = new TreeMap<>(
        National.wards(context, m1));
    long t2 = System.nanoTime();
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    out.println("ward,raised,recorded,score");
    for (Map.Entry<AreaId, MeasureResult> e : wards.entrySet()) {
      MeasureResult r = e.getValue();
      out.println(e.getKey().value() + "," + r.denominator().orElse(0) + ","
          + r.numerator().orElse(0) + ","
          + (r.score().isPresent() ? Double.toString(r.score().getAsDouble()) : ""));
    }
    out.flush();
    System.err.println(steps(validate ? " with validation" : only ? " of " + m1.recordTypes() : "",
        (t1 - t0) / 1e9, wards.size(), (t2 - t1) / 1e9, (t2 - t0) / 1e9));
    if (again > 0) {
      double[] same = new double[again];
      double[] fresh = new double[again];
      for (int k = 0; k < again; k++) {
        long start = System.nanoTime();
        National.wards(context, m1);
        long middle = System.nanoTime();
        National.wards(EvaluationContext.of(data), m1);
        same[k] = (middle - start) / 1e9;
        fresh[k] = (System.nanoTime() - middle) / 1e9;
      }
      java.util.Arrays.sort(same);
      java.util.Arrays.sort(fresh);
      System.err.println(again(wards.size(), again,
          PerformanceReport.median(java.util.Arrays.stream(same).boxed().toList()), same[0],
          PerformanceReport.median(java.util.Arrays.stream(fresh).boxed().toList()), fresh[0]));
    }
  }

  /**
   * The line of the steps' times on standard error, which {@link AgainstPandas} reads.
   *
   * @param read what was read: empty for every type without validation, else {@code " with
   *     validation"} or the types read, e.g. {@code " of [AREA, INPUT]"}
   * @param readSeconds the read's time
   * @param wards how many wards have a figure
   * @param m1Seconds M1 for every ward, the first time
   * @param totalSeconds both
   * @return the line, without a line break
   */
  static String steps(String read, double readSeconds, int wards, double m1Seconds,
      double totalSeconds) {
    return String.format(Locale.ROOT, "read%s %.2f s, M1 for %d wards %.2f s, total %.2f s", read,
        readSeconds, wards, m1Seconds, totalSeconds);
  }

  /**
   * The line of {@code --again}'s times on standard error, which {@link AgainstPandas} reads.
   *
   * @param wards how many wards have a figure
   * @param times how many more evaluations of each kind
   * @param median their median with the same context (s; the mean of the middle two for an even
   *     count)
   * @param best the quickest of them
   * @param newMedian the median with a new context each time (s)
   * @param newBest the quickest of those
   * @return the line, without a line break
   */
  static String again(int wards, int times, double median, double best, double newMedian,
      double newBest) {
    return String.format(Locale.ROOT, "M1 for %d wards again, %d times: median %.4f s, best %.4f"
        + " s; with a new context (index built) each time: median %.4f s, best %.4f s", wards,
        times, median, best, newMedian, newBest);
  }
}
