package org.engagement.examples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.engagement.core.InitiativeId;
import org.engagement.core.Period;
import org.engagement.core.SurveyId;

/**
 * One financial year of the sample, index 0 for 2011/12 and 1 for 2012/13, with the figures
 * that differ between the years, and the dates, labels and ids the generator derives from them:
 * the days of a ward panel's meetings, the year's surveys and the borough's initiatives.
 * {@link #BOTH} holds the two years in order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index 0 or 1
 * @param period the financial year
 * @param publicAgree the percentage of residents who agree with the Public Attitude Survey's
 *     statements, before the ward's practice and the respondent's group move it
 * @param cpegSupport the support of the first input raised at a CPEG meeting
 * @param consultationAnswers how many answered the online consultation
 * @param burglaryTarget the borough's target of residential burglaries for the next year
 * @param robberyTarget the borough's target of robberies for the year
 * @param surgeryWard the ward of the year's street surgery
 * @param tensionAssessments the quarterly tension assessments issued (2011/12 lacks Q4's)
 */
record SampleYear(int index, Period period, int publicAgree, int cpegSupport,
    int consultationAnswers, String burglaryTarget, String robberyTarget, String surgeryWard,
    int tensionAssessments) {

  static final List<SampleYear> BOTH =
      List.of(
          new SampleYear(0, SampleData.PREVIOUS_YEAR, 33, 12, 318, "1520", "2050", "Vassall", 3),
          new SampleYear(1, SampleData.YEAR, 42, 16, 412, "1450", "1900", "Prince's", 4));

  /** Ward panels meet over the 300 days from May to February. */
  private static final int WARD_YEAR_DAYS = 300;

  int start() {
    return period.from().getYear();
  }

  /** The day of the year with this month and day: April–December, then January–March. */
  LocalDate on(int month, int day) {
    return LocalDate.of(month >= 4 ? start() : start() + 1, month, day);
  }

  /** The year as {@code 2012/13}. */
  String label() {
    return start() + "/" + String.format(Locale.ROOT, "%02d", (start() + 1) % 100);
  }

  /** The next year as {@code 2013/14}. */
  String nextLabel() {
    return (start() + 1) + "/" + String.format(Locale.ROOT, "%02d", (start() + 2) % 100);
  }

  /**
   * The dates of a ward panel's {@code count} meetings: spread evenly over May to February
   * from the ward's first meeting, {@code offset} days after 1 May, each moved on to the next
   * Tuesday, Wednesday or Thursday, the evenings panels meet.
   */
  List<LocalDate> wardMeetings(int count, int offset) {
    List<LocalDate> out = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      LocalDate date = on(5, 1).plusDays(offset + (long) m * WARD_YEAR_DAYS / count);
      while (date.getDayOfWeek().getValue() < DayOfWeek.TUESDAY.getValue()
          || date.getDayOfWeek().getValue() > DayOfWeek.THURSDAY.getValue()) {
        date = date.plusDays(1);
      }
      out.add(date);
    }
    return List.copyOf(out);
  }

  SurveyId participantSurvey() {
    return SurveyId.of("PS-" + start());
  }

  SurveyId publicSurvey() {
    return SurveyId.of("PAS-" + start());
  }

  InitiativeId saferBrixton() {
    return InitiativeId.of("INIT-SAFER-BRIXTON-" + start());
  }

  InitiativeId brightNights() {
    return InitiativeId.of("OP-BRIGHT-NIGHTS-" + start());
  }
}
