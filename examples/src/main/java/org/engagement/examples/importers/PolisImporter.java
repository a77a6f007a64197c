package org.engagement.examples.importers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagement.core.ActivityId;
import org.engagement.core.ActivityMode;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.CommunityInput;
import org.engagement.core.CountBasis;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DemographicScheme;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementLevel;
import org.engagement.core.EngagementMethod;
import org.engagement.core.InputId;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.IssueCategory;
import org.engagement.core.Openness;
import org.engagement.core.PrimaryDimension;

/**
 * Imports a Polis conversation export (the CSV files Polis writes) as one online debate.
 *
 * <pre>{@code
 * Imported polis = PolisImporter.read(Path.of("examples/data/polis-london-youth-policing"));
 * polis.dataset().activities();  // [ACT-POLIS-9xxwa9jpkm, ONLINE_DEBATE, 2022-07-26/2022-07-27]
 * polis.dataset().inputs();      // 24 accepted participant statements, support = agree votes
 * polis.report();                // the 8 statements that did not map, each with the reason
 * }</pre>
 *
 * <p><b>Mapping.</b> The directory holds Polis's {@code summary.csv} (topic, url, voters, ...),
 * {@code comments.csv} (one row per statement: timestamp, comment-id, author-id, agrees,
 * disagrees, moderated, comment-body) and {@code votes.csv} (one row per vote: timestamp, ...).
 * <ul>
 *   <li><b>Activity</b>: one {@link EngagementMethod#ONLINE_DEBATE}, {@link ActivityMode#CONTINUOUS},
 *       OPEN, at involvement CONSULT (participants write and weigh statements), London-wide
 *       (area {@code E12000007}, level STRATEGIC, as London-wide activities are). Its id is
 *       {@code ACT-POLIS-} and the conversation id (the last segment of the url); its title the
 *       topic; its dates the first and last timestamp of any statement or vote, as dates in
 *       London ({@code Europe/London}; the export's {@code datetime} column is in the exporter's
 *       own zone, so the epoch-millisecond {@code timestamp} is read instead); its attendance the
 *       number of voters. The attribution the licence requires is kept as its partner.</li>
 *   <li><b>Inputs</b>: every statement accepted by the moderator ({@code moderated} 1) written by a
 *       participant (author-id other than 0) becomes a community input: id {@code IN-POLIS-} and
 *       the comment id, the statement as its summary, its date, support = the statement's
 *       {@code agrees} count in {@code comments.csv}. (The final votes in
 *       {@code participants-votes.csv} can differ: in the London export comments 10 and 25 have
 *       one agree fewer there, and {@code votes.csv} holds 640 votes for 638 voter-statement
 *       pairs, so some votes were changed; the export's own count is taken.) A statement with no agree vote is reported, since
 *       support counts at least the person who raised it only when someone agreed.</li>
 *   <li><b>Demographics</b>: the facilitator's (author 0) accepted self-description statements
 *       become the activity's counts with basis {@link CountBasis#RESPONSES}: the agree votes on
 *       a statement count the participants who said it describes them, so a person may be counted
 *       under two categories or none. {@code My ethnicity is X} maps X by its first word onto the
 *       default scheme's ETHNICITY: White, Mixed, Asian and Black to their groups, Arab and Other
 *       to OTHER (the census places Arab under "Other ethnic group"). {@code I identify as X} maps
 *       female/woman to FEMALE, male/man to MALE on GENDER. {@code I am between A and B years
 *       old} maps to the AGE band that holds both A and B; a range that straddles two bands
 *       (15–19, 20–25) is reported, not split.</li>
 *   <li><b>Reported, not mapped</b>: statements rejected by the moderator or not moderated,
 *       facilitator statements that match no self-description above ("English is my first
 *       language", "My gender has changed since birth"), and self-descriptions that name no
 *       category of the scheme.</li>
 * </ul>
 *
 * <p><b>Attribution</b> (CC BY 4.0, to be kept wherever this data is shipped): {@value
 * #ATTRIBUTION}
 *
 * <p>This class is thread-safe: it holds no state.
 */
public final class PolisImporter {

  /** The licence's required attribution for the London youth policing conversation. */
  public static final String ATTRIBUTION =
      "Data was gathered using the Polis software (compdemocracy.org/polis) and is sub-licensed"
          + " under CC BY 4.0 with Attribution to The Computational Democracy Project. The data"
          + " and more information about how the data was collected can be found at"
          + " https://compdemocracy.org/case-studies/2022-london-youth-policing";

  /** London (region E12000007), where the conversation's participants live. */
  public static final AreaId LONDON = AreaId.of("E12000007");

  /** The issue category of every imported input: the conversation's topic. */
  public static final String CATEGORY = "POLICE_SCRUTINY";

  private static final ZoneId ZONE = ZoneId.of("Europe/London");
  private static final Pattern ETHNICITY =
      Pattern.compile("(?i)my ethnicity is\\s+(.+?)\\.?\\s*");
  private static final Pattern GENDER = Pattern.compile("(?i)i identify as\\s+(.+?)\\.?\\s*");
  private static final Pattern AGE =
      Pattern.compile("(?i)i am between\\s+(\\d{1,3})\\s+and\\s+(\\d{1,3})\\s+years old\\.?\\s*");
  private static final int[] AGE_LOWER = {0, 16, 25, 35, 50, 65};
  private static final String[] AGE_BAND =
      {"AGE_0_15", "AGE_16_24", "AGE_25_34", "AGE_35_49", "AGE_50_64", "AGE_65_PLUS"};

  private PolisImporter() {}

  /**
   * Imports the export in a directory.
   *
   * @param directory the directory holding {@code summary.csv}, {@code comments.csv} and
   *     {@code votes.csv}, not null
   * @return the dataset (London, the activity, its inputs and demographic counts) and the report
   *     of the statements that were not mapped
   * @throws java.io.UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if a file is missing, is not CSV, or lacks a column or the
   *     topic, url or voters entry the mapping needs
   */
  public static Imported read(Path directory) {
    Map<String, String> summary = new LinkedHashMap<>();
    for (List<String> row : CsvFiles.rows(require(directory, "summary.csv"))) {
      if (row.size() >= 2) {
        summary.put(row.get(0), row.get(1));
      }
    }
    List<Map<String, String>> comments = CsvFiles.withHeader(require(directory, "comments.csv"));
    List<Map<String, String>> votes = CsvFiles.withHeader(require(directory, "votes.csv"));
    String topic = entry(summary, "topic");
    String url = entry(summary, "url");
    long voters = number(entry(summary, "voters"), "voters");
    String conversation = url.substring(url.lastIndexOf('/') + 1);
    if (conversation.isBlank()) {
      throw new IllegalArgumentException("summary.csv url names no conversation: " + url);
    }
    ActivityId activityId = ActivityId.of("ACT-POLIS-" + conversation);

    List<LocalDate> dates = new ArrayList<>();
    for (Map<String, String> vote : votes) {
      dates.add(date(column(vote, "timestamp", "votes.csv")));
    }
    ImportReport.Collector report = new ImportReport.Collector(directory.getFileName() + "");
    List<CommunityInput> inputs = new ArrayList<>();
    Map<String, Map<String, Long>> demographics = new LinkedHashMap<>();
    for (Map<String, String> comment : comments) {
      String id = column(comment, "comment-id", "comments.csv");
      String row = "comment " + id;
      LocalDate date = date(column(comment, "timestamp", "comments.csv"));
      dates.add(date);
      String body = column(comment, "comment-body", "comments.csv").strip();
      String moderated = column(comment, "moderated", "comments.csv");
      long agrees = number(column(comment, "agrees", "comments.csv"), "agrees of " + row);
      if (!moderated.equals("1")) {
        report.unmapped(row, moderated.equals("-1") ? "rejected by the moderator"
            : "not accepted by the moderator (moderated " + moderated + ")");
      } else if (column(comment, "author-id", "comments.csv").equals("0")) {
        Optional<String[]> mapped = selfDescription(body, row, report);
        if (mapped.isPresent()) {
          demographics.computeIfAbsent(mapped.get()[0], d -> new LinkedHashMap<>())
              .merge(mapped.get()[1], agrees, Long::sum);
          report.mapped();
        }
      } else if (agrees < 1 || agrees > Integer.MAX_VALUE) {
        report.unmapped(row, "support must be from 1 to " + Integer.MAX_VALUE
            + ", agree votes: " + agrees);
      } else if (body.isEmpty()) {
        report.unmapped(row, "statement is blank");
      } else {
        inputs.add(CommunityInput.builder()
            .id(InputId.of("IN-POLIS-" + id))
            .activity(activityId)
            .area(LONDON)
            .date(date)
            .issueCategory(CATEGORY)
            .summary(body)
            .support((int) agrees)
            .build());
        report.mapped();
      }
    }
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("the export holds neither statements nor votes");
    }
    LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
    EngagementActivity.Builder activity = EngagementActivity.builder()
        .id(activityId)
        .title(topic)
        .date(first)
        .endDate(last)
        .mode(ActivityMode.CONTINUOUS)
        .area(LONDON)
        .engagementLevel(EngagementLevel.STRATEGIC)
        .involvement(InvolvementLevel.CONSULT)
        .method(EngagementMethod.ONLINE_DEBATE)
        .openness(Openness.OPEN)
        .addPartners(ATTRIBUTION)
        .addIssueCategories(CATEGORY)
        .attendance(voters);
    if (!demographics.isEmpty()) {
      DemographicCounts.Builder counts = DemographicCounts.builder().basis(CountBasis.RESPONSES);
      for (PrimaryDimension dimension : PrimaryDimension.values()) {
        Map<String, Long> byCategory = demographics.get(dimension.code());
        if (byCategory != null) {
          counts.addDimensions(DimensionCounts.builder()
              .dimension(dimension.code()).putAllCounts(byCategory).build());
        }
      }
      activity.demographics(counts.build());
    }
    EngagementDataset dataset = EngagementDataset.builder()
        .addIssueCategories(IssueCategory.of(CATEGORY, "Young people's scrutiny of policing"))
        .addAreas(Area.builder().id(LONDON).name("London").level(AreaLevel.FORCE).build())
        .addActivities(activity.build())
        .addAllInputs(inputs)
        .build();
    return new Imported(dataset, report.report());
  }

  /** Maps a facilitator statement to {dimension, category}, or reports why it cannot. */
  private static Optional<String[]> selfDescription(
      String body, String row, ImportReport.Collector report) {
    DemographicScheme scheme = DemographicScheme.defaultScheme();
    Matcher m = ETHNICITY.matcher(body);
    if (m.matches()) {
      String first = m.group(1).split("[\\s,(]+")[0].toLowerCase(Locale.ROOT);
      String category = switch (first) {
        case "white" -> "WHITE";
        case "mixed" -> "MIXED";
        case "asian" -> "ASIAN";
        case "black" -> "BLACK";
        case "arab", "other" -> "OTHER";
        default -> null;
      };
      return found(PrimaryDimension.ETHNICITY.code(), category, scheme, body, row, report);
    }
    m = GENDER.matcher(body);
    if (m.matches()) {
      String category = switch (m.group(1).strip().toLowerCase(Locale.ROOT)) {
        case "female", "a woman", "woman" -> "FEMALE";
        case "male", "a man", "man" -> "MALE";
        default -> null;
      };
      return found(PrimaryDimension.GENDER.code(), category, scheme, body, row, report);
    }
    m = AGE.matcher(body);
    if (m.matches()) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      String low = band(from);
      String high = band(to);
      if (from > to || !low.equals(high)) {
        report.unmapped(row, "ages " + from + " to " + to + " do not lie in one AGE band ("
            + low + ", " + high + "): " + body);
        return Optional.empty();
      }
      return found(PrimaryDimension.AGE.code(), low, scheme, body, row, report);
    }
    report.unmapped(row, "facilitator statement is no self-description on the scheme: " + body);
    return Optional.empty();
  }

  private static Optional<String[]> found(String dimension, String category,
      DemographicScheme scheme, String body, String row, ImportReport.Collector report) {
    if (category == null || !scheme.knows(dimension, category)) {
      report.unmapped(row, "names no " + dimension + " category of the scheme: " + body);
      return Optional.empty();
    }
    return Optional.of(new String[] {dimension, category});
  }

  private static String band(int age) {
    int i = AGE_LOWER.length - 1;
    while (age < AGE_LOWER[i]) {
      i--;
    }
    return AGE_BAND[i];
  }

  private static Path require(Path directory, String name) {
    Path file = directory.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("not a Polis export, missing " + name + ": " + directory);
    }
    return file;
  }

  private static String entry(Map<String, String> summary, String key) {
    String value = summary.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("summary.csv lacks " + key);
    }
    return value.strip();
  }

  private static String column(Map<String, String> row, String name, String file) {
    String value = row.get(name);
    if (value == null) {
      throw new IllegalArgumentException(file + " lacks column " + name);
    }
    return value;
  }

  private static long number(String text, String what) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a whole number: " + text, e);
    }
  }

  private static LocalDate date(String epochMillis) {
    return Instant.ofEpochMilli(number(epochMillis, "timestamp")).atZone(ZONE).toLocalDate();
  }
}
