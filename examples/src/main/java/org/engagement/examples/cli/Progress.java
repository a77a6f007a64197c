package org.engagement.examples.cli;

import java.io.Console;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Where long work reports how far it has got: the bytes of a file read, the records read, the
 * areas (or rules, or periods) evaluated. The program reports to standard error when it is a
 * terminal ({@link #forConsole}) and nowhere otherwise, so that progress never mixes with the
 * output, nor with a file or pipe that standard error goes to. Tests inject their own sink.
 */
interface Progress {

  /**
   * Some of a file has been read.
   *
   * @param file the file's name
   * @param read the bytes read so far
   * @param size the file's size in bytes, or -1 when unknown
   */
  void reading(String file, long read, long size);

  /**
   * The whole dataset has been read.
   *
   * @param records the number of records read, areas included
   */
  void read(long records);

  /**
   * Some of the evaluation is done.
   *
   * @param what what is counted, e.g. "areas", "rules" or "periods"
   * @param done how many are done
   * @param total how many there are
   */
  void evaluated(String what, long done, long total);

  /** The work is over: a terminal sink clears its line. */
  void finished();

  /** {@return a sink that reports nothing} */
  static Progress none() {
    return new Progress() {
      @Override
      public void reading(String file, long read, long size) {}

      @Override
      public void read(long records) {}

      @Override
      public void evaluated(String what, long done, long total) {}

      @Override
      public void finished() {}
    };
  }

  /**
   * The program's sink: standard error when the program runs at a terminal
   * ({@code System.console()} is not null), else nothing.
   *
   * @return the sink
   */
  static Progress forConsole() {
    Console console = System.console();
    return console == null ? none() : terminal(new PrintWriter(System.err, true));
  }

  /**
   * A sink that rewrites one line of a terminal: {@code reading big.json: 12.0 of 40.0 MB},
   * {@code read 1,204,311 records}, {@code evaluated areas: 3 of 22}; a carriage return starts
   * each report, and {@link #finished} blanks the line. Reading is reported at most once per
   * percent of the file, and only when the line shown changes.
   *
   * @param err the terminal's writer
   * @return the sink
   */
  static Progress terminal(PrintWriter err) {
    return new Progress() {
      private int width;
      private long lastPercent = -1;
      private String last = "";

      private void show(String line) {
        String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
        width = line.length();
        err.print("\r" + padded);
        err.flush();
      }

      @Override
      public void reading(String file, long read, long size) {
        if (size <= 0) {
          return;
        }
        long percent = read * 100 / size;
        if (percent != lastPercent) {
          lastPercent = percent;
          String line = String.format(Locale.ROOT, "reading %s: %.1f of %.1f MB", file,
              read / 1048576.0, size / 1048576.0);
          if (!line.equals(last)) {
            last = line;
            show(line);
          }
        }
      }

      @Override
      public void read(long records) {
        show(String.format(Locale.ROOT, "read %,d records", records));
      }

      @Override
      public void evaluated(String what, long done, long total) {
        show(String.format(Locale.ROOT, "evaluated %s: %,d of %,d", what, done, total));
      }

      @Override
      public void finished() {
        if (width > 0) {
          err.print("\r" + " ".repeat(width) + "\r");
          err.flush();
          width = 0;
        }
      }
    };
  }

  /**
   * A stream that reports the bytes read from it.
   *
   * @param in the file's stream
   * @param file the file's name
   * @param size the file's size
   * @param progress where to report
   * @return the counting stream
   */
  static InputStream counting(InputStream in, String file, long size, Progress progress) {
    return new FilterInputStream(in) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          progress.reading(file, ++read, size);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          read += n;
          progress.reading(file, read, size);
        }
        return n;
      }
    };
  }
}
