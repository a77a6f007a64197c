package org.engagement.examples;

import org.engagement.core.AreaId;

/**
 * Where a generated borough lies and what it adds besides its own records: its force area and
 * itself, with names, the namespace that tells its borough-wide ids apart from other boroughs'
 * (empty for the one-borough sample, whose ids stay as they always were), and whether it is the
 * first borough of the dataset (which adds the issue categories) and of its force (which adds
 * the force area).
 *
 * @param force the force area
 * @param forceName the force area's name
 * @param borough the borough
 * @param boroughName the borough's name
 * @param namespace appended to borough-wide ids, or empty
 * @param firstInDataset whether the borough adds the issue categories
 * @param firstInForce whether the borough adds its force area
 */
record SampleBoroughContext(
    AreaId force,
    String forceName,
    AreaId borough,
    String boroughName,
    String namespace,
    boolean firstInDataset,
    boolean firstInForce) {

  /** The one-borough sample: London → Lambeth, ids without a namespace. */
  static final SampleBoroughContext LAMBETH =
      new SampleBoroughContext(SampleData.LONDON, "London", SampleData.LAMBETH, "Lambeth", "",
          true, true);
}
