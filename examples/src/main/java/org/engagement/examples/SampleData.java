package org.engagement.examples;

import java.time.LocalDate;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;

/**
 * The bundled sample dataset: a synthetic London borough, Lambeth, and its 21 wards over the
 * financial years 2011/12 and 2012/13, with records of every
 * {@link org.engagement.core.RecordType}, made by {@link SampleGenerator} with its default seed.
 *
 * <pre>{@code
 * EngagementDataset lambeth = SampleData.lambeth();
 * DatasetValidator.standard().validate(lambeth).isValid();    // true, without any issue
 * lambeth.children(SampleData.LAMBETH);                        // the 21 wards
 * OutcomeMeasures.standard().scorecard(lambeth, Scope.of(SampleData.LAMBETH, SampleData.YEAR),
 *     AreaLevel.WARD);                                         // the latest year, by ward
 * }</pre>
 *
 * <p>The area tree is the force area London ({@code E12000007}) → the borough Lambeth
 * ({@code E09000022}) → the 21 wards Lambeth had from 2002 to 2022, Bishop's to Vassall, coded
 * {@code E05000416}…{@code E05000436} in alphabetical order (the codes follow the ONS series but
 * were not checked against the ONS register here). Bishop's (Waterloo) and St Leonard's
 * (Streatham High Road) declare a business presence.
 *
 * <p>Everything else is synthetic: the meetings, inputs, decisions, panels, surveys and the
 * census-style ward populations are invented, and people appear only as pseudonymous ids.
 * Engagement quality differs between wards so that measures have something to tell apart: five
 * wards (Bishop's, Clapham Common, Gipsy Hill, Herne Hill, Thurlow Park) announce their four or
 * five ward panel meetings a year three weeks ahead, monitor who attends, weigh their inputs and
 * publish "We asked / You said / We did" feedback; nine do part of that; four (Knight's Hill,
 * Streatham South, Tulse Hill, Vassall) meet two or three times, unannounced and barely
 * monitored, and their inputs are rarely presented; and three (Coldharbour, Oval, Stockwell) improve from fair or
 * poor practice in 2011/12 to good practice in 2012/13, after the 2012 quality standards. Young
 * residents and Black residents are under-represented at the meetings of the wards that engage
 * fairly or poorly. More residents say the police listen in the 2012/13 Public Attitude Survey
 * wave than in 2011/12.
 *
 * <p>The dataset is deterministic: two calls return equal datasets. For other seeds or more
 * (synthetic) wards, use {@link SampleGenerator} directly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleData {

  /** The force area, London (ONS region {@code E12000007}). */
  public static final AreaId LONDON = AreaId.of("E12000007");

  /** The borough, Lambeth (ONS local authority {@code E09000022}). */
  public static final AreaId LAMBETH = AreaId.of("E09000022");

  /**
   * The sample's latest year: the financial year 2012/13, 1 April 2012 to 31 March 2013.
   */
  public static final Period YEAR = Period.financialYear(2012);

  /** The sample's first year: the financial year 2011/12, 1 April 2011 to 31 March 2012. */
  public static final Period PREVIOUS_YEAR = Period.financialYear(2011);

  /** The whole period the sample covers: 1 April 2011 to 31 March 2013. */
  public static final Period YEARS =
      Period.of(LocalDate.of(2011, 4, 1), LocalDate.of(2013, 3, 31));

  private SampleData() {}

  /**
   * Builds the sample dataset: Lambeth and its 21 wards over the financial years 2011/12 and
   * 2012/13, as {@code SampleGenerator.builder().build().generate()}.
   *
   * @return a new dataset, equal to every other this method returns, valid without any issue;
   *     never null
   */
  public static EngagementDataset lambeth() {
    return SampleGenerator.builder().build().generate();
  }
}
