package org.engagement.examples.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Regenerates, or checks, the figures of the user guide in {@code docs/} and of the repository's
 * {@code README.md}: every block between
 * {@code <!-- figure: NAME -->} and {@code <!-- /figure -->} in a Markdown file is the output of
 * the figure {@code NAME} of a registry ({@link Figures#standard(Path)} for the guide), computed
 * by running the SDK; the prose around the blocks is written by hand.
 *
 * <pre class="language-shell">{@code
 * $ ./mvnw -q -DskipTests package
 * $ java -cp examples/target/engagement-examples.jar org.engagement.examples.guide.GuideFigures
 * stale: measures.md:91: m1-borough
 * 1 of 63 figure blocks are stale; regenerate them from the repository root with
 *   ./mvnw -q -DskipTests package && java -cp ... GuideFigures --write
 * $ java -cp examples/target/engagement-examples.jar \
 *     org.engagement.examples.guide.GuideFigures --write
 * rewrote measures.md:91: m1-borough
 * all 63 figure blocks are current
 * }</pre>
 *
 * <p>Run from the repository root. Without options, or with {@code --check}, it exits with 0 when
 * every block is current, 1 when some are stale (each listed) and 2 when a file is malformed (an
 * unknown figure name, a marker left open, a closing marker without an opening one, a marker
 * inside a block, a misspelt marker such as {@code <!--figure: x-->}, a code fence left open,
 * or files that contain {@code <!-- figure} while no block at all is read). Markers inside
 * fenced code of the prose are text, not markers; a fence closes, as in CommonMark, only on a
 * line of the same character at least as long as the one that opened it. {@code --write}
 * rewrites the stale blocks in place and exits 0, or 2 on a malformed file or a figure that
 * fails, and then writes nothing; it also exits 2 when a file cannot be read or written, naming
 * the files already rewritten (each file is written whole, through a temporary file).
 * {@code --root DIR} names another repository root. It exits 64 on an unknown option, on
 * {@code --root} without a directory, and when there is no {@code docs/} directory in the root.
 *
 * <p>Figures are deterministic: same SDK, same sample, same text, with {@code \n} line breaks;
 * they format numbers with {@link java.util.Locale#ROOT}, whatever the default locale.
 *
 * <p>This class is immutable and thread-safe; the figures of a registry need not be (those of
 * {@link Figures#standard(Path)} are not), so do not share one registry between two runs at
 * once.
 */
public final class GuideFigures {

  /** The command that rewrites the guide's figures, from the repository root. */
  public static final String COMMAND = "./mvnw -q -DskipTests package && java -cp"
      + " examples/target/engagement-examples.jar " + GuideFigures.class.getName() + " --write";

  private static final Pattern OPEN = Pattern.compile("^<!-- figure: (\\S+) -->$");
  private static final String CLOSE = "<!-- /figure -->";
  /** Anything that looks like a figure marker, well formed or not. */
  private static final Pattern ANY_MARKER =
      Pattern.compile("(?i)^<!--\\s*/?\\s*figures?\\b.*$");
  /**
   * The opening of a code fence (CommonMark): three or more backticks, not followed by another
   * backtick in the info string, or three or more tildes; group 1 is the fence itself.
   */
  private static final Pattern FENCE = Pattern.compile("^(`{3,}(?=[^`]*$)|~{3,}).*$");
  private static final String MARKER_TEXT = "<!-- figure";

  private final Map<String, Supplier<String>> figures;

  private GuideFigures(Map<String, Supplier<String>> figures) {
    this.figures = Map.copyOf(figures);
  }

  /**
   * A checker over a registry of figures.
   *
   * @param figures each figure's name and the function that produces its Markdown; not null,
   *     and neither its names nor its functions null
   * @return the checker, never null
   * @throws NullPointerException if the map, a name or a function is null
   */
  public static GuideFigures of(Map<String, Supplier<String>> figures) {
    return new GuideFigures(figures);
  }

  /**
   * Checks, or rewrites, the guide.
   *
   * @param args {@code --check} (the default) or {@code --write}, optionally {@code --root DIR}
   */
  public static void main(String[] args) {
    boolean write = false;
    Path root = Path.of("");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--write" -> write = true;
        case "--check" -> write = false;
        case "--root" -> {
          if (i + 1 == args.length) {
            System.err.println("GuideFigures: --root needs a directory");
            System.exit(64);
          }
          root = Path.of(args[++i]);
        }
        default -> {
          System.err.println("GuideFigures: unknown option: " + args[i]
              + " (use --check, --write, --root DIR)");
          System.exit(64);
        }
      }
    }
    Path docs = root.resolve("docs");
    if (!Files.isDirectory(docs)) {
      System.err.println("GuideFigures: no docs directory in " + root.toAbsolutePath()
          + "; run from the repository root or give --root DIR");
      System.exit(64);
    }
    Report report;
    try {
      report = of(Figures.standard(root)).runGuide(root, write);
    } catch (UncheckedIOException e) {
      System.err.println("GuideFigures: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.out.print(report.text(write));
    System.exit(report.exitCode(write));
  }

  /**
   * Checks every Markdown file under a directory, or rewrites its stale blocks.
   *
   * @param docs the directory, read recursively for {@code *.md}; not null
   * @param write whether to rewrite stale blocks; nothing is written when there is an error
   * @return what was stale and what was malformed, never null
   * @throws UncheckedIOException if a file cannot be read or written; the message names the
   *     files already rewritten, each of which was replaced whole
   */
  public Report run(Path docs, boolean write) {
    return run(docs, markdownUnder(docs), write);
  }

  /**
   * Checks the repository's {@code README.md} and every Markdown file under its {@code docs/},
   * or rewrites their stale blocks.
   *
   * @param root the repository root, not null
   * @param write whether to rewrite stale blocks; nothing is written when there is an error
   * @return what was stale and what was malformed, files named from the root; never null
   * @throws UncheckedIOException if a file cannot be read or written; the message names the
   *     files already rewritten, each of which was replaced whole
   */
  public Report runGuide(Path root, boolean write) {
    List<Path> files = new ArrayList<>();
    Path readme = root.resolve("README.md");
    if (Files.isRegularFile(readme)) {
      files.add(readme);
    }
    files.addAll(markdownUnder(root.resolve("docs")));
    return run(root, files, write);
  }

  private static List<Path> markdownUnder(Path docs) {
    try (Stream<Path> walk = Files.walk(docs)) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + docs, e);
    }
  }

  private Report run(Path docs, List<Path> files, boolean write) {
    Map<String, String> rendered = new HashMap<>();
    List<Block> stale = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Map<Path, String> rewritten = new LinkedHashMap<>();
    List<String> marked = new ArrayList<>();
    int blocks = 0;
    for (Path file : files) {
      String name = docs.relativize(file).toString().replace('\\', '/');
      String text = read(file);
      if (text.contains(MARKER_TEXT)) {
        marked.add(name);
      }
      Parsed parsed = parse(name, text);
      errors.addAll(parsed.errors());
      if (!parsed.errors().isEmpty()) {
        continue;
      }
      StringBuilder out = new StringBuilder();
      List<Block> staleHere = new ArrayList<>();
      for (Object piece : parsed.pieces()) {
        if (piece instanceof String prose) {
          out.append(prose);
          continue;
        }
        Block block = (Block) piece;
        blocks++;
        String fresh = rendered.get(block.figure());
        if (fresh == null) {
          try {
            fresh = render(block.figure());
          } catch (RuntimeException e) {
            errors.add(block + ": the figure failed: " + e);
            fresh = block.content();
          }
          rendered.put(block.figure(), fresh);
        }
        out.append(fresh);
        if (!fresh.equals(block.content())) {
          staleHere.add(block);
        }
      }
      stale.addAll(staleHere);
      if (!staleHere.isEmpty()) {
        rewritten.put(file, out.toString());
      }
    }
    if (blocks == 0 && errors.isEmpty() && !marked.isEmpty()) {
      errors.add("no figure block was read, yet " + String.join(", ", marked) + " contain "
          + MARKER_TEXT + ": a code fence or a marker is out of place");
    }
    if (write && errors.isEmpty()) {
      write(docs, rewritten);
    }
    return new Report(blocks, stale, errors);
  }

  /**
   * Writes each file to a temporary file beside it and moves that into place, so that no file
   * is left half written; a failure names the files already rewritten.
   */
  private static void write(Path docs, Map<Path, String> rewritten) {
    List<String> done = new ArrayList<>();
    for (Map.Entry<Path, String> file : rewritten.entrySet()) {
      Path target = file.getKey();
      Path temporary = null;
      try {
        Path dir = target.toAbsolutePath().getParent();
        temporary = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
        try {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        deleteQuietly(temporary);
        throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage()
            + (done.isEmpty() ? "; no file was rewritten"
                : "; already rewritten: " + String.join(", ", done)), e);
      }
      done.add(docs.relativize(target).toString().replace('\\', '/'));
    }
  }

  private static void deleteQuietly(@Nullable Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the write failed already; that is the error to report
    }
  }

  /** The figure's Markdown, ending with exactly one line break, with {@code \n} line breaks. */
  private String render(String figure) {
    String text = figures.get(figure).get().replace("\r\n", "\n");
    return text.strip().isEmpty() ? "" : text.stripTrailing() + "\n";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Splits a file into prose (kept) and blocks (generated), or lists why it cannot. */
  Parsed parse(String file, String text) {
    List<Object> pieces = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    StringBuilder prose = new StringBuilder();
    StringBuilder content = null;
    String figure = null;
    int openedAt = 0;
    String fence = null;
    int fenceAt = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean last = i == lines.length - 1;
      String withBreak = last ? line : line + "\n";
      String trimmed = line.strip();
      Matcher open = OPEN.matcher(trimmed);
      if (content == null) {
        Matcher opensFence = FENCE.matcher(trimmed);
        if (fence != null) {
          if (closesFence(trimmed, fence)) {
            fence = null;
          }
          prose.append(withBreak);
        } else if (opensFence.matches()) {
          fence = opensFence.group(1);
          fenceAt = i + 1;
          prose.append(withBreak);
        } else if (open.matches()) {
          figure = open.group(1);
          openedAt = i + 1;
          if (!figures.containsKey(figure)) {
            errors.add(file + ":" + openedAt + ": unknown figure: " + figure);
          }
          prose.append(withBreak);
          pieces.add(prose.toString());
          prose = new StringBuilder();
          content = new StringBuilder();
        } else if (trimmed.equals(CLOSE)) {
          errors.add(file + ":" + (i + 1) + ": " + CLOSE + " without an opening marker");
          prose.append(withBreak);
        } else if (ANY_MARKER.matcher(trimmed).matches()) {
          errors.add(file + ":" + (i + 1) + ": malformed figure marker: " + trimmed);
          prose.append(withBreak);
        } else {
          prose.append(withBreak);
        }
      } else if (trimmed.equals(CLOSE)) {
        pieces.add(new Block(file, openedAt, figure, content.toString()));
        content = null;
        prose.append(withBreak);
      } else if (open.matches()) {
        errors.add(file + ":" + (i + 1) + ": figure marker inside the block of " + figure
            + " opened at line " + openedAt);
        content.append(withBreak);
      } else if (ANY_MARKER.matcher(trimmed).matches()) {
        errors.add(file + ":" + (i + 1) + ": malformed figure marker inside the block of "
            + figure + " opened at line " + openedAt + ": " + trimmed);
        content.append(withBreak);
      } else {
        content.append(withBreak);
      }
    }
    if (content != null) {
      errors.add(file + ":" + openedAt + ": figure " + figure + " is not closed by " + CLOSE);
    }
    if (fence != null) {
      errors.add(file + ":" + fenceAt + ": code fence " + fence + " is not closed");
    }
    pieces.add(prose.toString());
    return new Parsed(pieces, errors);
  }

  /**
   * Whether a line (stripped) closes a fence opened by {@code fence}: the same character, at
   * least as many of it, and nothing after (CommonMark).
   */
  private static boolean closesFence(String trimmed, String fence) {
    char c = fence.charAt(0);
    return trimmed.length() >= fence.length() && trimmed.chars().allMatch(ch -> ch == c);
  }

  /** A file split into prose strings and blocks, in order, and its errors. */
  record Parsed(List<Object> pieces, List<String> errors) {}

  /**
   * A generated block of a guide file.
   *
   * @param file the file, relative to the docs directory
   * @param line the line of its opening marker, from 1
   * @param figure the figure's name
   * @param content the text between the markers, as found
   */
  public record Block(String file, int line, String figure, String content) {

    /**
     * Returns where and what.
     *
     * @return e.g. {@code measures.md:40: m1-borough}
     */
    @Override
    public String toString() {
      return file + ":" + line + ": " + figure;
    }
  }

  /**
   * What a check or a rewrite found.
   *
   * @param blocks the number of well-formed blocks read
   * @param stale the blocks whose text differs from their figure (rewritten by a write)
   * @param errors malformed files (unknown figures, markers left open or out of place) and
   *     figures that failed
   */
  public record Report(int blocks, List<Block> stale, List<String> errors) {

    /**
     * A report, with its lists copied.
     *
     * @param blocks the number of well-formed blocks read
     * @param stale the blocks whose text differs from their figure (rewritten by a write)
     * @param errors malformed files (unknown figures, markers left open or out of place) and
     *     figures that failed
     * @throws NullPointerException if a list or an element is null
     */
    public Report {
      stale = List.copyOf(stale);
      errors = List.copyOf(errors);
    }

    /**
     * Whether every block is current and every file well formed.
     *
     * @return true when nothing is stale and nothing malformed
     */
    public boolean isCurrent() {
      return stale.isEmpty() && errors.isEmpty();
    }

    /**
     * The exit code of the program.
     *
     * @param written whether the stale blocks were rewritten
     * @return 2 on errors, else 1 when a check found stale blocks, else 0
     */
    public int exitCode(boolean written) {
      return !errors.isEmpty() ? 2 : !written && !stale.isEmpty() ? 1 : 0;
    }

    /**
     * What to print: the errors, the stale blocks (or the rewritten ones) and how to fix them.
     *
     * @param written whether the stale blocks were rewritten
     * @return lines ending with {@code \n}, never null
     */
    public String text(boolean written) {
      StringBuilder out = new StringBuilder();
      errors.forEach(e -> out.append("error: ").append(e).append('\n'));
      if (written && errors.isEmpty()) {
        stale.forEach(b -> out.append("rewrote ").append(b).append('\n'));
      } else if (written) {
        stale.forEach(b -> out.append("stale (not written: errors above): ").append(b)
            .append('\n'));
      } else {
        stale.forEach(b -> out.append("stale: ").append(b).append('\n'));
        if (!stale.isEmpty()) {
          out.append(stale.size()).append(" of ").append(blocks)
              .append(" figure blocks are stale; regenerate them from the repository root with\n  ")
              .append(COMMAND).append('\n');
        }
      }
      if (isCurrent() || written && errors.isEmpty()) {
        out.append("all ").append(blocks).append(" figure blocks are current\n");
      }
      return out.toString();
    }
  }
}
