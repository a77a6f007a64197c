package org.engagement.examples;

import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;

/**
 * The bundled sample dataset: a synthetic London borough, Lambeth, over the financial year
 * 2012/13, with at least one record of every {@link org.engagement.core.RecordType}.
 *
 * <pre>{@code
 * EngagementDataset lambeth = SampleData.lambeth();
 * DatasetValidator.standard().validate(lambeth).isValid();    // true, without any issue
 * lambeth.children(SampleData.LAMBETH);                        // the five wards
 * }</pre>
 *
 * <p>The area tree is the force area London ({@code E12000007}) → the borough Lambeth
 * ({@code E09000022}) → five of its wards, named as the wards created in May 2022: Brixton
 * Windrush, Waterloo &amp; South Bank (which declares a business presence), Brixton Acre Lane,
 * Stockwell East and Vauxhall. The ward codes are illustrative: they follow the ONS
 * {@code E05014xxx} series of the 2022 wards but were not checked against the ONS register, and
 * the 2022 wards did not exist in 2012; the sample borrows them for realism.
 *
 * <p>Everything else is synthetic: the meetings, inputs, decisions, panels, surveys and the
 * Census-2021-style ward populations are invented, and people appear only as pseudonymous ids.
 * Engagement quality differs between wards so that measures have something to tell apart:
 * Brixton Windrush and Waterloo &amp; South Bank announce their four ward panel meetings
 * three weeks ahead, monitor who attends, weigh every input and publish "We asked / You said /
 * We did" feedback; Brixton Acre Lane and Stockwell East do part of that; Vauxhall's panel met
 * twice, unannounced and unmonitored, and its inputs were rarely presented and never weighed.
 *
 * <p>The dataset is deterministic: survey answers come from a generator with a fixed seed and
 * every date is fixed, so two calls return equal datasets.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleData {

  /** The force area, London (ONS region {@code E12000007}). */
  public static final AreaId LONDON = AreaId.of("E12000007");

  /** The borough, Lambeth (ONS local authority {@code E09000022}). */
  public static final AreaId LAMBETH = AreaId.of("E09000022");

  /** The period the sample covers: the financial year 2012/13, 1 April 2012 to 31 March 2013. */
  public static final Period YEAR = Period.financialYear(2012);

  private SampleData() {}

  /**
   * Builds the sample dataset: Lambeth and five of its wards over the financial year 2012/13.
   *
   * @return a new dataset, equal to every other this method returns, valid without any issue;
   *     never null
   */
  public static EngagementDataset lambeth() {
    return new SampleAssembly().build();
  }
}
