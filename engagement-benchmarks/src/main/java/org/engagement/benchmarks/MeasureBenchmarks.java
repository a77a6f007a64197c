package org.engagement.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.engagement.benchmarks.Baselines.Figures;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.examples.SampleGenerator;
import org.engagement.measures.Evaluation;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Scorecard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The measures and the scorecard over a generated country of {@code wards} wards ({@link
 * SampleGenerator#national(int)}), and M1, M2 and M4 for every ward next to their hand-written
 * baselines ({@link Baselines}). {@code measure} picks the column(s) of the scorecard
 * benchmarks: one of the five measures or {@code ALL}. Select sizes with {@code -p wards=21,210}.
 *
 * <p>Each fork runs in a heap of fixed size whose pages are touched at start
 * ({@code -Xms12g -Xmx12g -XX:+AlwaysPreTouch}): in a heap that grows, the first pass of the
 * allocating code through newly added memory pays the operating system's page faults, which made
 * whole iterations four times slower than the rest (M4 at 9,000 wards: 40–67 ms, then 240–264 ms
 * for two iterations, in every fork).
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class MeasureBenchmarks {

  /** Wards in the country: 21 is the one-borough sample, 9000 England and Wales. */
  @Param({"21", "210", "2100", "9000"})
  public int wards;

  /** The scorecard's columns: M1 to M5, or ALL five. */
  @Param({"ALL", "M1", "M2", "M3", "M4", "M5"})
  public String measure;

  private EngagementDataset data;
  private EvaluationContext context;
  private List<Measure<?>> columns;
  private AreaId borough;
  private AreaId force;

  /** Generates the country once per trial. */
  @Setup
  public void setUp() {
    data = SampleGenerator.national(wards).generate();
    context = National.warmContext(data);
    columns = columns(measure);
    borough = National.first(data, AreaLevel.BOROUGH);
    force = National.first(data, AreaLevel.FORCE);
  }

  /** The columns a {@code measure} parameter names. */
  static List<Measure<?>> columns(String measure) {
    List<Measure<?>> all = National.MEASURES.all();
    return measure.equals("ALL") ? all : List.of(all.get(Integer.parseInt(measure.substring(1)) - 1));
  }

  /** A borough's scorecard by ward (the first borough: the same size at every country size). */
  @Benchmark
  public Scorecard boroughByWard() {
    return Scorecard.evaluate(context, Scope.of(borough, National.YEAR), AreaLevel.WARD, columns,
        Evaluation.SEQUENTIAL);
  }

  /** A force's scorecard by borough (the first force). */
  @Benchmark
  public Scorecard forceByBorough() {
    return Scorecard.evaluate(context, Scope.of(force, National.YEAR), AreaLevel.BOROUGH, columns,
        Evaluation.SEQUENTIAL);
  }

  /** The whole country at every level: each force's total, borough rows and ward rows. */
  @Benchmark
  public List<Scorecard> countryEveryLevel() {
    return everyLevel(Evaluation.SEQUENTIAL);
  }

  /** As {@link #countryEveryLevel()}, each scorecard's parts evaluated in parallel. */
  @Benchmark
  public List<Scorecard> countryEveryLevelParallel() {
    return everyLevel(Evaluation.PARALLEL);
  }

  /**
   * As {@link #countryEveryLevel()}, both levels in one call ({@code Scorecard.evaluateAll} with
   * a list of levels): each area's partials computed once and merged for the boroughs and totals.
   */
  @Benchmark
  public List<Scorecard> countryEveryLevelTogether() {
    return National.levelsTogether(context, columns, Evaluation.SEQUENTIAL);
  }

  /** As {@link #countryEveryLevelTogether()}, the partials and results evaluated in parallel. */
  @Benchmark
  public List<Scorecard> countryEveryLevelTogetherParallel() {
    return National.levelsTogether(context, columns, Evaluation.PARALLEL);
  }

  private List<Scorecard> everyLevel(Evaluation evaluation) {
    List<Scorecard> out = new java.util.ArrayList<>(
        National.scorecards(context, AreaLevel.BOROUGH, columns, evaluation));
    out.addAll(National.scorecards(context, AreaLevel.WARD, columns, evaluation));
    return out;
  }

  /** M1 for every ward by the SDK. */
  @Benchmark
  public Map<AreaId, MeasureResult> m1AllWards() {
    return National.wards(context, National.MEASURES.dueConsideration());
  }

  /** M1 for every ward by hand. */
  @Benchmark
  public Map<AreaId, Figures> m1AllWardsBaseline() {
    return Baselines.dueConsideration(data, National.YEAR);
  }

  /** M2 for every ward by the SDK. */
  @Benchmark
  public Map<AreaId, MeasureResult> m2AllWards() {
    return National.wards(context, National.MEASURES.managementInfluence());
  }

  /** M2 for every ward by hand. */
  @Benchmark
  public Map<AreaId, Figures> m2AllWardsBaseline() {
    return Baselines.managementInfluence(data, National.YEAR);
  }

  /** M4 for every ward by the SDK. */
  @Benchmark
  public Map<AreaId, MeasureResult> m4AllWards() {
    return National.wards(context, National.MEASURES.mainstreaming());
  }

  /** M4 for every ward by hand. */
  @Benchmark
  public Map<AreaId, Figures> m4AllWardsBaseline() {
    return Baselines.mainstreaming(data, National.YEAR);
  }
}
