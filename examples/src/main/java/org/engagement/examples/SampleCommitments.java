package org.engagement.examples;

import static org.engagement.examples.SampleData.LAMBETH;
import static org.engagement.examples.SampleData.LONDON;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.AreaId;
import org.engagement.core.Commitment;
import org.engagement.core.CommitmentId;
import org.engagement.core.Measurement;

/**
 * The sample's commitments to the 2012 quality standards, one for each promise scored by
 * commitment attainment (YE-2, YE-3, YE-4, BE-3, BE-4, BE-5, IA-3 and IA-5's commitment part),
 * each measured in both years: some met by their deadline, some partly.
 */
final class SampleCommitments {

  private SampleCommitments() {}

  /**
   * The commitments, in standard order.
   *
   * @return the commitments, never null
   */
  static List<Commitment> all() {
    return List.of(
        Commitment.builder()
            .id(CommitmentId.of("YE-2-CADETS")).area(LONDON)
            .description("Volunteer Police Cadets across London").standard("YE-2")
            .target(new BigDecimal("4000")).unit("cadets").deadline(LocalDate.of(2014, 3, 31))
            .addMeasurements(
                Measurement.of(LocalDate.of(2011, 9, 30), new BigDecimal("1480")),
                Measurement.of(LocalDate.of(2012, 3, 31), new BigDecimal("1920")),
                Measurement.of(LocalDate.of(2012, 9, 30), new BigDecimal("2650")),
                Measurement.of(LocalDate.of(2013, 3, 31), new BigDecimal("3120")))
            .build(),
        Commitment.builder()
            .id(CommitmentId.of("YE-3-YOUTH-SURVEY")).area(LONDON)
            .description("Online survey of younger teenagers across London").standard("YE-3")
            .target(new BigDecimal("35000")).unit("responses")
            .deadline(LocalDate.of(2013, 3, 31))
            .addMeasurements(
                Measurement.of(LocalDate.of(2012, 12, 31), new BigDecimal("21400")),
                Measurement.of(LocalDate.of(2013, 3, 15), new BigDecimal("28700")))
            .build(),
        commitment("YE-4", "YOUTH-AMBASSADORS", LONDON,
            "Youth Ambassadors trained with the Safer London Foundation", "200",
            "ambassadors", LocalDate.of(2013, 3, 31),
            "2011-09-30", "60", "2012-03-31", "95", "2012-09-30", "150", "2013-03-31", "210"),
        commitment("BE-3", "BUSINESS-PLANS", LONDON,
            "Boroughs with a business engagement plan in their control framework", "32",
            "boroughs", LocalDate.of(2013, 3, 31),
            "2011-12-31", "9", "2012-06-30", "18", "2012-12-31", "27"),
        commitment("BE-4", "CONTROL-FRAMEWORK", LAMBETH,
            "Quarterly reviews of Lambeth's business crime control framework", "4",
            "reviews", LocalDate.of(2013, 3, 31),
            "2011-12-31", "1", "2012-06-30", "2", "2012-12-31", "3", "2013-03-21", "4"),
        commitment("BE-5", "BUSINESS-WATCH", LAMBETH,
            "Businesses on the Lambeth Business Watch messaging network", "600",
            "businesses", LocalDate.of(2013, 3, 31),
            "2011-10-31", "180", "2012-03-31", "260", "2012-09-30", "430", "2013-03-31", "545"),
        commitment("IA-3", "ROLE-PROTOCOLS", LAMBETH,
            "Advisors who have signed the role description and critical-incident protocol",
            "10", "advisors", LocalDate.of(2012, 12, 31),
            "2011-06-30", "4", "2012-03-31", "7", "2012-09-30", "10"),
        commitment("IA-5", "ONLINE-SPACE", LONDON,
            "Boroughs sharing their IAG's good practice in the online space", "32",
            "boroughs", LocalDate.of(2013, 3, 31),
            "2011-12-31", "5", "2012-06-30", "14", "2012-12-31", "26", "2013-03-31", "32"));
  }

  /**
   * A commitment tagged with a 2012 standard, id {@code <standard>-<name>}, measured on the
   * given dates: {@code measured} alternates ISO dates and values.
   */
  private static Commitment commitment(String standard, String name, AreaId area,
      String description, String target, String unit, LocalDate deadline,
      String... measured) {
    Commitment.Builder commitment =
        Commitment.builder()
            .id(CommitmentId.of(standard + "-" + name)).area(area)
            .description(description).standard(standard)
            .target(new BigDecimal(target)).unit(unit).deadline(deadline);
    for (int i = 0; i < measured.length; i += 2) {
      commitment.addMeasurements(
          Measurement.of(LocalDate.parse(measured[i]), new BigDecimal(measured[i + 1])));
    }
    return commitment.build();
  }
}
