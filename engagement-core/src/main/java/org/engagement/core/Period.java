package org.engagement.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period of whole days, both ends inclusive: {@code 2012-04-01/2013-03-31}.
 *
 * <pre>{@code
 * Period.year(2012);                          // 2012-01-01/2012-12-31
 * Period.financialYear(2012);                 // 2012-04-01/2013-03-31, the UK financial year 2012/13
 * Period.parse("2012-04-01/2012-06-30");      // a quarter
 * Period.parse("FY2012");                     // the same as financialYear(2012)
 * }</pre>
 *
 * <p>{@link #toString()} writes the ISO-8601 interval form {@code from/to}, which {@link #parse}
 * reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Period {

  Period() {}

  /**
   * Returns the period from {@code from} to {@code to}, both inclusive.
   *
   * @param from the first day, not null
   * @param to the last day, not null, not before {@code from}
   * @return the period, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Period of(LocalDate from, LocalDate to) {
    return ImmutablePeriod.of(from, to);
  }

  /**
   * Returns the single day {@code day}.
   *
   * @param day the day, not null
   * @return the period {@code day/day}, never null
   */
  public static Period ofDay(LocalDate day) {
    return of(day, day);
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year, e.g. 2012
   * @return 1 January to 31 December of {@code year}, never null
   * @throws java.time.DateTimeException if {@code year} is beyond what {@link LocalDate} holds
   */
  public static Period year(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Returns a UK financial year, named by the year it starts in.
   *
   * @param startYear the year it starts in: 2012 for 2012/13
   * @return 1 April {@code startYear} to 31 March of the next year, never null
   * @throws java.time.DateTimeException if either year is beyond what {@link LocalDate} holds
   *     (a valid dataset's dates are far inside: see {@code DatasetValidator.LATEST_DATE})
   */
  public static Period financialYear(int startYear) {
    return of(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
  }

  /**
   * Reads a period: {@code 2012-04-01/2013-03-31} (ISO-8601 dates, both inclusive), a calendar
   * year {@code 2012}, or a financial year {@code FY2012} or {@code 2012/13}.
   *
   * @param text the text, not null
   * @return the period, never null
   * @throws DateTimeParseException if the text is none of these forms, or a date is impossible
   *     ({@code 2012-02-30}), or the end is before the start
   */
  public static Period parse(CharSequence text) {
    String s = RecordId.text(text).strip();
    try {
      if (s.matches("\\d{4}")) {
        return year(Integer.parseInt(s));
      }
      if (s.matches("(?i)FY\\d{4}")) {
        return financialYear(Integer.parseInt(s.substring(2)));
      }
      if (s.matches("\\d{4}/\\d{2}")) {
        int start = Integer.parseInt(s.substring(0, 4));
        int end = Integer.parseInt(s.substring(5));
        if ((start + 1) % 100 != end) {
          throw new DateTimeParseException(
              "financial year must name consecutive years: " + s, s, 5);
        }
        return financialYear(start);
      }
      int slash = s.indexOf('/');
      if (slash < 0) {
        throw new DateTimeParseException(
            "period must be 'yyyy-mm-dd/yyyy-mm-dd', 'yyyy', 'FYyyyy' or 'yyyy/yy': " + s, s, 0);
      }
      LocalDate from = date(s.substring(0, slash), s, 0);
      LocalDate to = date(s.substring(slash + 1), s, slash + 1);
      if (to.isBefore(from)) {
        throw new DateTimeParseException(
            "period must not end before it starts: " + s, s, slash + 1);
      }
      return of(from, to);
    } catch (java.time.DateTimeException e) {
      if (e instanceof DateTimeParseException) {
        throw e;
      }
      throw new DateTimeParseException("period has an impossible date: " + s, s, 0, e);
    }
  }

  private static LocalDate date(String part, String whole, int offset) {
    try {
      return LocalDate.parse(part);
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException(
          "period has an invalid date '" + part + "': " + whole,
          whole,
          offset + e.getErrorIndex(),
          e);
    }
  }

  /**
   * The first day.
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate from();

  /**
   * The last day, inclusive.
   *
   * @return the date, never before {@link #from()}
   */
  @Value.Parameter
  public abstract LocalDate to();

  /**
   * Whether {@code date} lies in the period, both ends inclusive.
   *
   * @param date the date, not null
   * @return true when {@code from ≤ date ≤ to}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from()) && !date.isAfter(to());
  }

  /**
   * Whether a record active from {@code start} to {@code end} (empty: ongoing) is active in this
   * period: {@code start ≤ to} and (no end, or {@code end ≥ from}).
   *
   * @param start the record's first day, not null
   * @param end the record's last day, empty when ongoing
   * @return true when the two overlap
   */
  public boolean overlaps(LocalDate start, Optional<LocalDate> end) {
    return !start.isAfter(to()) && (end.isEmpty() || !end.get().isBefore(from()));
  }

  /**
   * The number of days, both ends counted.
   *
   * @return the length in days, at least 1; 365 or 366 for a year
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(from(), to()) + 1;
  }

  @Value.Check
  void check() {
    if (to().isBefore(from())) {
      throw new RecordInvariantException("DATE_ORDER", "to",
          "period must not end before it starts: " + from() + "/" + to());
    }
  }

  /**
   * Returns the ISO-8601 interval form that {@link #parse} reads back.
   *
   * @return {@code from/to}, e.g. {@code 2012-04-01/2013-03-31}
   */
  @Override
  public String toString() {
    return from() + "/" + to();
  }
}
