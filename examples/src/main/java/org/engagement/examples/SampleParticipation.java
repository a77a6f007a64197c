package org.engagement.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.engagement.core.CountBasis;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementMethod;
import org.engagement.core.ParticipantId;
import org.engagement.examples.SampleRecords.Family;
import org.engagement.examples.SampleWards.Practice;
import org.engagement.examples.SampleWards.Ward;

/**
 * The last record family: who signs the attendance sheets of ward panel meetings, and what the
 * youth panels cost and whom they reach — the fields that what works where, closing the loop and
 * repeat participation read (docs/spec/measures.md §8–§10). It runs after every other family and
 * draws from streams of its own ({@link Family#SIGN_IN}), so the records the others made keep
 * their draws.
 *
 * <p>Residents sign a ward meeting's sheet with consent to be counted again: most meetings keep a
 * sheet (nine in ten where the ward engages well, four in five where fairly, three in five where
 * poorly); about a third of those attending sign; a signer is a resident seen at an earlier
 * meeting of the ward (of either year) with a chance that rises with the ward's practice, else a
 * newcomer. Their ids ({@code P-E05000416-R001}) join the panel members already listed. Youth
 * panel meetings record a cost (a youth worker, a room and food). Five live question-and-answer
 * sessions a year on the borough's social media inform young residents and record who answered
 * their monitoring poll; their ids follow every other activity's.
 */
final class SampleParticipation {

  private static final int[] YOUTH_AGE = {5, 70, 20, 5, 0, 0};
  private static final int[] YOUTH_ETHNICITY = {10, 35, 15, 35, 5};
  private static final int[] YOUTH_GENDER = {55, 45, 0};

  private final SampleRecords records;

  SampleParticipation(SampleRecords records) {
    this.records = records;
  }

  /** Returns the dataset with the sign-in sheets and the youth panels' costs and counts. */
  EngagementDataset apply(EngagementDataset data) {
    Map<String, Integer> wardIndex = new HashMap<>();
    List<Ward> wards = records.wards();
    for (int i = 0; i < wards.size(); i++) {
      wardIndex.put(wards.get(i).code(), i);
    }
    // per ward: the residents seen so far, and one stream per year
    Map<String, List<String>> seen = new HashMap<>();
    Map<String, RandomGenerator> streams = new HashMap<>();
    List<EngagementActivity> activities = new ArrayList<>();
    List<EngagementActivity> sorted = new ArrayList<>(data.activities());
    sorted.sort(java.util.Comparator.comparing(EngagementActivity::date)
        .thenComparing(a -> a.id().value()));
    Map<String, EngagementActivity> changed = new HashMap<>();
    for (EngagementActivity a : sorted) {
      Integer index = wardIndex.get(a.area().value());
      if (a.method() == EngagementMethod.WARD_PANEL_MEETING && index != null) {
        SampleYear y = year(a);
        if (y == null) {
          continue;
        }
        Ward w = wards.get(index);
        RandomGenerator r = streams.computeIfAbsent(w.code() + "/" + y.index(),
            k -> records.stream(index, y, Family.SIGN_IN));
        changed.put(a.id().value(), signIn(a, w, w.practice(y.index()), r,
            seen.computeIfAbsent(w.code(), k -> new ArrayList<>())));
      } else if (a.method() == EngagementMethod.YOUTH_PANEL_MEETING) {
        changed.put(a.id().value(), youth(a));
      }
    }
    for (EngagementActivity a : data.activities()) {
      activities.add(changed.getOrDefault(a.id().value(), a));
    }
    for (SampleYear y : SampleYear.BOTH) {
      activities.addAll(socialMedia(y));
    }
    return EngagementDataset.builder().from(data).activities(activities).build();
  }

  private static SampleYear year(EngagementActivity a) {
    for (SampleYear y : SampleYear.BOTH) {
      if (y.period().contains(a.date())) {
        return y;
      }
    }
    return null;
  }

  private static EngagementActivity signIn(EngagementActivity a, Ward w, Practice p,
      RandomGenerator r, List<String> seen) {
    int keepsSheet = p == Practice.GOOD ? 90 : p == Practice.FAIR ? 80 : 60;
    int comesBack = p == Practice.GOOD ? 45 : p == Practice.FAIR ? 30 : 15;
    if (r.nextInt(100) >= keepsSheet) {
      return a;
    }
    long attendance = a.attendance().orElse(0L);
    long signers = Math.max(0, attendance / 3 - a.participants().size());
    List<String> today = new ArrayList<>();
    for (long i = 0; i < signers; i++) {
      String id;
      if (!seen.isEmpty() && r.nextInt(100) < comesBack) {
        id = seen.get(r.nextInt(seen.size()));
        if (today.contains(id)) {
          continue;
        }
      } else {
        id = String.format(java.util.Locale.ROOT, "P-%s-R%03d", w.code(), seen.size() + 1);
        seen.add(id);
      }
      today.add(id);
    }
    EngagementActivity.Builder b = EngagementActivity.builder().from(a);
    today.forEach(id -> b.addParticipants(ParticipantId.of(id)));
    return b.build();
  }

  private static EngagementActivity youth(EngagementActivity a) {
    long attendance = a.attendance().orElse(0L);
    // a youth worker's evening, the room and food for each young person
    BigDecimal cost = new BigDecimal("120.00")
        .add(new BigDecimal("8.50").multiply(BigDecimal.valueOf(attendance)));
    return EngagementActivity.builder().from(a).cost(cost).build();
  }

  /**
   * Five live question-and-answer sessions a year on the borough's social media, which inform
   * rather than consult (so M3, which reads consultations, does not count them) and whose viewers
   * answer a monitoring poll: most are young.
   */
  private List<EngagementActivity> socialMedia(SampleYear y) {
    List<java.time.LocalDate> dates = List.of(y.on(5, 22), y.on(7, 17), y.on(9, 18),
        y.on(11, 20), y.on(2, 12));
    List<EngagementActivity> out = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      long attendance = 64 + 9L * i + 6L * y.index();
      long stated = attendance * 70 / 100;
      DemographicCounts.Builder counts =
          DemographicCounts.builder().basis(CountBasis.RESPONDENTS);
      Map<String, int[]> weights = Map.of(SampleWards.AGE, YOUTH_AGE,
          SampleWards.ETHNICITY, YOUTH_ETHNICITY, SampleWards.GENDER, YOUTH_GENDER);
      for (String dimension : SampleWards.DIMENSIONS) {
        counts.addDimensions(DimensionCounts.builder()
            .dimension(dimension)
            .putAllCounts(SampleWards.distribute(stated, dimension, weights.get(dimension)))
            .notStated(attendance - stated)
            .build());
      }
      out.add(records.activity("Ask Lambeth police: live Q&A on social media, "
              + SampleRecords.DAY.format(dates.get(i)), dates.get(i), SampleData.LAMBETH,
              EngagementMethod.SOCIAL_MEDIA, org.engagement.core.InvolvementLevel.INFORM,
              org.engagement.core.Openness.OPEN)
          .boroughTier(org.engagement.core.BoroughTier.LOCAL_COMMUNITIES)
          .organisingUnit("Lambeth youth engagement team")
          .addIssueCategories("YOUTH")
          .attendance(attendance)
          .demographics(counts.build())
          .cost(new BigDecimal("75.00"))
          .build());
    }
    return out;
  }
}
