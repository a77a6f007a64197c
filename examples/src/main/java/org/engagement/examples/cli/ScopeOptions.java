package org.engagement.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.core.validation.DatasetValidator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --area}, {@code --period} and {@code --as-of} options, and the defaults they fall
 * back to.
 *
 * <p>Default area: the dataset's one BOROUGH area if it has exactly one (a borough's own data,
 * with its force above it), else its one root area (an area without a parent); otherwise the
 * user must choose. Default period: the financial year (1 April to 31 March, the year policing
 * reports by) holding the latest activity date.
 */
final class ScopeOptions {

  @Option(names = "--area", paramLabel = "ID",
      description = "The area to evaluate (default: the dataset's one borough, else its one root"
          + " area).")
  @Nullable String area;

  @Option(names = "--period", paramLabel = "P",
      description = "The period: 2012-04-01/2013-03-31, a year 2012, or a financial year FY2012"
          + " or 2012/13 (default: the financial year of the latest activity).")
  @Nullable String period;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The as-of date, e.g. 2013-06-30: evidence (decisions, feedback) dated after"
          + " it is ignored; not before the period's end (default: the period's end).")
  @Nullable String asOf;

  /**
   * The scope the options name.
   *
   * @param data the dataset, valid
   * @return the scope
   * @throws CommandFailure with {@link EngagementCommand#USAGE} for an unknown area, a bad
   *     period or as-of date, or no default
   */
  Scope scope(EngagementDataset data) {
    return scope(area(data).id(), period(data));
  }

  /**
   * The scope of an area over a period, as of the {@code --as-of} date when there is one.
   *
   * @param area the area
   * @param period the period
   * @return the scope
   * @throws CommandFailure with {@link EngagementCommand#USAGE} for a bad as-of date or one
   *     before the period's end
   */
  Scope scope(AreaId area, Period period) {
    if (asOf == null) {
      return Scope.of(area, period);
    }
    LocalDate date;
    try {
      date = LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new CommandFailure(EngagementCommand.USAGE, "bad --as-of: " + asOf
          + " is not a date like 2013-06-30");
    }
    if (date.isBefore(period.to())) {
      throw new CommandFailure(EngagementCommand.USAGE, "bad --as-of: " + date
          + " is before the period's end " + period.to());
    }
    return Scope.builder().area(area).period(period).asOf(date).build();
  }

  /**
   * The area the options name, or the default.
   *
   * @param data the dataset, valid
   * @return the area
   */
  Area area(EngagementDataset data) {
    return area(data, area);
  }

  /**
   * The area an {@code --area} value names, or the default when there is none.
   *
   * @param data the dataset, valid
   * @param id the option's value, or null for the default
   * @return the area
   * @throws CommandFailure with {@link EngagementCommand#USAGE} for a bad or unknown id, or no
   *     default
   */
  static Area area(EngagementDataset data, @Nullable String id) {
    if (id != null) {
      AreaId parsed;
      try {
        parsed = AreaId.parse(id);
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(EngagementCommand.USAGE, "bad --area: " + e.getMessage());
      }
      return data.area(parsed).orElseThrow(
          () -> new CommandFailure(EngagementCommand.USAGE, "unknown area id: " + id));
    }
    List<Area> boroughs =
        data.areas().stream().filter(a -> a.level() == AreaLevel.BOROUGH).toList();
    if (boroughs.size() == 1) {
      return boroughs.get(0);
    }
    List<Area> roots = data.areas().stream().filter(a -> a.parent().isEmpty()).toList();
    if (roots.size() == 1) {
      return roots.get(0);
    }
    throw new CommandFailure(EngagementCommand.USAGE, "give --area: the dataset has "
        + boroughs.size() + " boroughs and " + roots.size() + " root areas");
  }

  /**
   * Reads a {@code --period} value.
   *
   * @param text the option's value, not null
   * @return the period
   * @throws CommandFailure with {@link EngagementCommand#USAGE} if it is not a period, or not
   *     within the supported dates (as every date of a valid dataset is)
   */
  static Period parsePeriod(String text) {
    Period parsed;
    try {
      parsed = Period.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandFailure(EngagementCommand.USAGE, "bad --period: " + e.getMessage());
    }
    if (!DatasetValidator.isSupported(parsed.from())
        || !DatasetValidator.isSupported(parsed.to())) {
      throw new CommandFailure(EngagementCommand.USAGE, "bad --period: " + text
          + " is outside the supported dates " + DatasetValidator.EARLIEST_DATE + " to "
          + DatasetValidator.LATEST_DATE);
    }
    return parsed;
  }

  private Period period(EngagementDataset data) {
    if (period != null) {
      return parsePeriod(period);
    }
    Optional<LocalDate> latest =
        data.activities().stream().map(EngagementActivity::date).max(LocalDate::compareTo);
    if (latest.isEmpty()) {
      throw new CommandFailure(EngagementCommand.USAGE,
          "give --period: the dataset has no activity to choose a default from");
    }
    LocalDate date = latest.get();
    return Period.financialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }
}
