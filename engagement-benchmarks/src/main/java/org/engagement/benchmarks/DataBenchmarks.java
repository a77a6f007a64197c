package org.engagement.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.engagement.core.EngagementDataset;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationReport;
import org.engagement.examples.SampleGenerator;
import org.engagement.json.EngagementJson;
import org.engagement.json.JsonFeature;
import org.engagement.json.JsonLimits;
import org.engagement.json.ReadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generating, writing, reading and validating a country of {@code wards} wards: the SDK's JSON
 * read (with and without its validation) next to raw Jackson 3 streaming of the same file into
 * plain records ({@link RawJsonReader}). The file is written once per trial to a temporary
 * directory, in the canonical form (not indented).
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
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class DataBenchmarks {

  /**
   * The canonical JSON form, as the committed sample is written, with the document length limit
   * raised to 4 GiB: a national file (0.6 GB) is longer than the default 256 MiB.
   */
  static final EngagementJson JSON = EngagementJson.standard()
      .disable(JsonFeature.INDENT_OUTPUT)
      .withLimits(JsonLimits.builder().maxDocumentLength(4L << 30).build());

  /** Wards in the country: 21 is the one-borough sample, 9000 England and Wales. */
  @Param({"21", "210", "2100", "9000"})
  public int wards;

  private EngagementDataset data;
  private Path dir;
  private Path file;
  private Path scratch;

  /** Generates the country and writes it once per trial. */
  @Setup
  public void setUp() throws IOException {
    data = SampleGenerator.national(wards).generate();
    dir = Files.createTempDirectory("engagement-bench");
    file = dir.resolve("national-" + wards + ".json");
    scratch = dir.resolve("written.json");
    JSON.write(data, file);
  }

  /** Deletes the files. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(scratch);
    Files.deleteIfExists(dir);
  }

  /** Generates the country. */
  @Benchmark
  public EngagementDataset generate() {
    return SampleGenerator.national(wards).generate();
  }

  /** Writes the country as canonical JSON. */
  @Benchmark
  public long write() {
    JSON.write(data, scratch);
    try {
      return Files.size(scratch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the file into an {@link EngagementDataset}, without the dataset validator. */
  @Benchmark
  public EngagementDataset readSdk() {
    return JSON.disable(JsonFeature.VALIDATE).read(file).dataset();
  }

  /** Reads the file as {@link EngagementJson#standard()} does: reading, then validating. */
  @Benchmark
  public ReadResult readSdkValidated() {
    return JSON.read(file);
  }

  /** Streams the file into plain records with Jackson 3, by hand. */
  @Benchmark
  public RawJsonReader.Dataset readRaw() {
    return RawJsonReader.read(file);
  }

  /** Validates the dataset in memory. */
  @Benchmark
  public ValidationReport validate() {
    return DatasetValidator.standard().validate(data);
  }
}
