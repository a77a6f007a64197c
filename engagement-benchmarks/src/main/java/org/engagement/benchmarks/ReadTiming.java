package org.engagement.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.engagement.examples.SampleGenerator;
import org.engagement.json.JsonFeature;

/**
 * The JSON read ratio in one JVM, alternating the SDK's read and the raw Jackson baseline on the
 * same file so that both see the same load: {@code ReadTiming <wards> [rounds] [file]}. Prints
 * the median of each, their ratio and the system load average before and after. Writes the
 * generated country to {@code file} (or a temporary file) first, unless that file exists.
 */
public final class ReadTiming {

  private ReadTiming() {}

  /**
   * Runs the comparison.
   *
   * @param args the ward count, the number of timed rounds (default 7) and optionally the file
   * @throws Exception if the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    int wards = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path file = args.length > 2 ? Path.of(args[2])
        : Files.createTempFile("engagement-read-" + wards + "-", ".json");
    if (args.length <= 2 || !Files.exists(file)) {
      DataBenchmarks.JSON.write(SampleGenerator.national(wards).generate(), file);
    }
    System.out.printf("file %s, %,d bytes; load average %.2f%n", file, Files.size(file),
        load());
    var plain = DataBenchmarks.JSON.disable(JsonFeature.VALIDATE);
    var validated = DataBenchmarks.JSON;
    long[] raw = new long[rounds];
    long[] sdk = new long[rounds];
    long[] sdkValidated = new long[rounds];
    long[] rawCpu = new long[rounds];
    long[] sdkCpu = new long[rounds];
    long[] sdkValidatedCpu = new long[rounds];
    var threads = ManagementFactory.getThreadMXBean();
    // Warm-up: two of each.
    for (int i = 0; i < 2; i++) {
      RawJsonReader.read(file);
      plain.read(file);
      validated.read(file);
    }
    for (int i = 0; i < rounds; i++) {
      System.gc();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long records = RawJsonReader.read(file).records();
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      System.gc();
      long c2 = threads.getCurrentThreadCpuTime();
      long t2 = System.nanoTime();
      int bound = plain.read(file).dataset().records(org.engagement.core.RecordType.AREA).size();
      long t3 = System.nanoTime();
      long c3 = threads.getCurrentThreadCpuTime();
      System.gc();
      long c4 = threads.getCurrentThreadCpuTime();
      long t4 = System.nanoTime();
      int problems = validated.read(file).problems().size();
      long t5 = System.nanoTime();
      long c5 = threads.getCurrentThreadCpuTime();
      raw[i] = t1 - t0;
      sdk[i] = t3 - t2;
      sdkValidated[i] = t5 - t4;
      rawCpu[i] = c1 - c0;
      sdkCpu[i] = c3 - c2;
      sdkValidatedCpu[i] = c5 - c4;
      if (records < 0 || bound == 42 && problems < 0) {
        System.out.println();
      }
    }
    double r = median(raw);
    double s = median(sdk);
    double v = median(sdkValidated);
    System.out.printf("wards %d, %d rounds: raw %.0f ms, read %.0f ms (%.2fx), read+validate "
        + "%.0f ms (%.2fx); load average after %.2f%n", wards, rounds, r / 1e6, s / 1e6, s / r,
        v / 1e6, v / r, load());
    double rc = median(rawCpu);
    double sc = median(sdkCpu);
    double vc = median(sdkValidatedCpu);
    System.out.printf("  reading thread's CPU time: raw %.0f ms, read %.0f ms (%.2fx), "
        + "read+validate %.0f ms (%.2fx)%n", rc / 1e6, sc / 1e6, sc / rc, vc / 1e6, vc / rc);
  }

  private static double median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
