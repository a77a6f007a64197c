package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.examples.SampleData;
import org.engagement.json.EngagementJson;
import org.engagement.measures.Comparison;
import org.engagement.measures.Trend;
import org.engagement.measures.TrendPoint;
import org.engagement.measures.outcome.DueConsiderationMeasure;
import org.engagement.measures.MeasureResult;
import org.junit.jupiter.api.Test;

/** {@code trend --quarters}, trend over every financial year, and {@code compare --as-of}. */
class PeriodOptionsTest {

  private static final String SAMPLE_FILE = Path.of("data", "lambeth.json").toString();

  private static final EngagementDataset SAMPLE =
      EngagementJson.standard().read(Path.of(SAMPLE_FILE)).dataset();

  @Test
  void quarters_splitTheFinancialYearIntoFour() {
    CommandRun r = CommandRun.of("trend", SAMPLE_FILE, "--measure", "M1", "--period", "FY2012",
        "--quarters", "--format", "json");

    assertThat(r.code()).as(r.err()).isZero();
    Trend trend = EngagementJson.standard().readTrend(r.out());
    assertThat(trend.points()).extracting(p -> p.period().toString()).containsExactly(
        "2012-04-01/2012-06-30", "2012-07-01/2012-09-30", "2012-10-01/2012-12-31",
        "2013-01-01/2013-03-31");
    for (TrendPoint p : trend.points()) {
      MeasureResult m = DueConsiderationMeasure.standard()
          .evaluate(SAMPLE, Scope.of(SampleData.LAMBETH, p.period()));
      assertThat(p.denominator()).isEqualTo(m.denominator().orElse(0));
    }
  }

  @Test
  void quarters_ofASpanNotMadeOfWholeQuarters_isAUsageError() {
    CommandRun r = CommandRun.of("trend", SAMPLE_FILE, "--measure", "M1", "--period",
        "2012-04-01/2012-08-31", "--quarters");

    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.err()).contains("with --quarters the periods must span whole quarters");
  }

  @Test
  void withoutPeriods_theTrendIsOverEveryFinancialYearOfTheData() {
    List<Period> years = TrendCommand.financialYears(SAMPLE);
    CommandRun quarters = CommandRun.of("trend", SAMPLE_FILE, "--measure", "M1", "--quarters",
        "--format", "json");
    CommandRun byYear = CommandRun.of("trend", SAMPLE_FILE, "--measure", "M1");

    assertThat(quarters.code()).as(quarters.err()).isZero();
    assertThat(EngagementJson.standard().readTrend(quarters.out()).points())
        .extracting(TrendPoint::period).isEqualTo(TrendCommand.quarters(years));
    assertThat(TrendCommand.quarters(years)).hasSize(4 * years.size());
    // the sample holds two financial years: too few for a trend by year
    assertThat(years).containsExactly(Period.financialYear(2011), Period.financialYear(2012));
    assertThat(byYear.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(byYear.err()).contains("cannot test a trend over 2011-04-01/2012-03-31,"
        + " 2012-04-01/2013-03-31: a trend needs at least 3 periods");
  }

  @Test
  void compare_asOf_isTheAsOfOfBothSides() {
    CommandRun r = CommandRun.of("compare", SAMPLE_FILE, "--measure", "M1", "--period", "FY2011",
        "--period", "FY2012", "--as-of", "2013-09-30", "--format", "json");
    CommandRun early = CommandRun.of("compare", SAMPLE_FILE, "--period", "FY2011", "--period",
        "FY2012", "--as-of", "2013-01-01");

    assertThat(r.code()).as(r.err()).isZero();
    Comparison c = EngagementJson.standard().readComparison(r.out());
    assertThat(c.a().scope().asOf()).hasToString("2013-09-30");
    assertThat(c.b().scope().asOf()).hasToString("2013-09-30");
    assertThat(early.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(early.err()).contains("bad --as-of: 2013-01-01 is before the period's end");
  }
}
