package org.engagement.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the program as a test would: its output, errors and exit code captured. */
record CommandRun(int code, String out, String err) {

  static CommandRun of(String... args) {
    return with(Progress.none(), args);
  }

  static CommandRun with(Progress progress, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = EngagementCommand.commandLine(InputStream.nullInputStream(), progress);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
