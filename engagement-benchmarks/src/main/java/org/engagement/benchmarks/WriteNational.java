package org.engagement.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagement.examples.SampleGenerator;

/**
 * Writes a generated country as canonical JSON, for comparisons outside the JVM ({@code
 * pandas-m1.py}): {@code WriteNational <wards> <file>}.
 */
public final class WriteNational {

  private WriteNational() {}

  /**
   * Generates {@code SampleGenerator.national(wards)} and writes it.
   *
   * @param args the ward count and the file
   * @throws IOException if the file's size cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: WriteNational <wards> <file.json>");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    DataBenchmarks.JSON.write(SampleGenerator.national(Integer.parseInt(args[0])).generate(), file);
    System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
  }
}
