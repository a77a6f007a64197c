package org.engagement.examples.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagement.core.EngagementDataset;
import org.engagement.core.PanelId;
import org.engagement.core.Priority;
import org.engagement.core.PriorityId;
import org.engagement.core.PrioritySource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports police.uk neighbourhood priorities (the {@code /api/<force>/<neighbourhood>/priorities}
 * JSON) as the priorities of one panel.
 *
 * <pre>{@code
 * Imported imported = PoliceUkImporter.read(Path.of("priorities.json"), PanelId.of("PNL-BRX"));
 * imported.dataset().priorities();  // PRI-PNL-BRX-001, PRI-PNL-BRX-002, ...
 * imported.report();                // [3]: issue-date is not an ISO date-time: "soon"
 * }</pre>
 *
 * <p><b>Mapping.</b> The document is an array of objects with {@code issue}, {@code issue-date},
 * {@code action} and {@code action-date}; the texts are HTML and any field may be null. The
 * object at index i (from 0) becomes the priority {@code PRI-<panel>-<i+1, three digits>} of
 * source LOCAL (the panel set it): its issue is the {@code issue} as plain text (tags stripped,
 * entities decoded, white space collapsed), its set date the date of {@code issue-date}, its
 * action and action date likewise when present. Dates are ISO date-times with or without an
 * offset ({@code 2013-06-19T00:00:00}), or plain dates; the date part is taken as written.
 *
 * <p><b>Reported</b>, by index: an element that is not an object, a missing or blank issue, a
 * missing or unreadable issue date (these are not imported); an unreadable action date or a blank
 * action (the priority is imported without it). The dataset holds the priorities alone: they
 * refer to a panel the caller's dataset must hold.
 *
 * <p>This class is thread-safe: it holds no state.
 */
public final class PoliceUkImporter {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private PoliceUkImporter() {}

  /**
   * Imports the priorities in a file.
   *
   * @param file the JSON file, not null
   * @param panel the panel the priorities belong to, not null
   * @return the priorities and the report of what could not be mapped
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the file is not JSON or not an array
   */
  public static Imported read(Path file, PanelId panel) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName() + "", panel);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Imports the priorities in a stream, which is not closed.
   *
   * @param in the JSON, UTF-8, not null
   * @param source names the input in the report, not blank
   * @param panel the panel the priorities belong to, not null
   * @return the priorities and the report of what could not be mapped
   * @throws IllegalArgumentException if the input is not JSON or not an array
   */
  public static Imported read(InputStream in, String source, PanelId panel) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON: " + source + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("police.uk priorities must be a JSON array: " + source);
    }
    ImportReport.Collector report = new ImportReport.Collector(source);
    EngagementDataset.Builder dataset = EngagementDataset.builder();
    for (int i = 0; i < root.size(); i++) {
      String row = "[" + i + "]";
      JsonNode item = root.get(i);
      if (!item.isObject()) {
        report.unmapped(row, "not an object");
        continue;
      }
      Optional<String> issue = text(item, "issue");
      if (issue.isEmpty()) {
        report.unmapped(row, "issue is missing or blank");
        continue;
      }
      Optional<String> issueDate = raw(item, "issue-date");
      if (issueDate.isEmpty()) {
        report.unmapped(row, "issue-date is missing");
        continue;
      }
      Optional<LocalDate> set = date(issueDate.get());
      if (set.isEmpty()) {
        report.unmapped(row, "issue-date is not an ISO date-time: \"" + issueDate.get() + "\"");
        continue;
      }
      Priority.Builder priority = Priority.builder()
          .id(PriorityId.of(String.format("PRI-%s-%03d", panel, i + 1)))
          .panel(panel)
          .issue(issue.get())
          .source(PrioritySource.LOCAL)
          .setDate(set.get());
      List<String> leftOut = new ArrayList<>();
      Optional<String> action = text(item, "action");
      action.ifPresent(priority::action);
      if (action.isEmpty() && raw(item, "action").isPresent()) {
        leftOut.add("action left out: blank once HTML is stripped");
      }
      Optional<String> actionDate = raw(item, "action-date");
      if (actionDate.isPresent()) {
        Optional<LocalDate> done = date(actionDate.get());
        done.ifPresent(priority::actionDate);
        if (done.isEmpty()) {
          leftOut.add("action-date left out: not an ISO date-time: \"" + actionDate.get() + "\"");
        }
      }
      if (!leftOut.isEmpty()) {
        report.mappedInPart(row, String.join("; ", leftOut));
      }
      dataset.addPriorities(priority.build());
      report.mapped();
    }
    return new Imported(dataset.build(), report.report());
  }

  /** The field as written, when it is present, not null and not blank. */
  private static Optional<String> raw(JsonNode item, String field) {
    JsonNode node = item.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    String value = node.isString() ? node.stringValue() : node.toString();
    return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** The field as plain text, when it has any. */
  private static Optional<String> text(JsonNode item, String field) {
    return raw(item, field).map(HtmlText::toText).filter(t -> !t.isEmpty());
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDateTime.parse(text).toLocalDate());
    } catch (DateTimeParseException notLocal) {
      try {
        return Optional.of(OffsetDateTime.parse(text).toLocalDate());
      } catch (DateTimeParseException notOffset) {
        try {
          return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notDate) {
          return Optional.empty();
        }
      }
    }
  }
}
