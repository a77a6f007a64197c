/**
 * Importers that turn data from the tools engagement teams already use into engagement datasets,
 * each saying what it could not map instead of dropping it.
 *
 * <pre>{@code
 * Imported polis = PolisImporter.read(Path.of("examples/data/polis-london-youth-policing"));
 * polis.dataset();   // one ONLINE_DEBATE activity, its accepted statements, its demographics
 * polis.report();    // ImportReport polis-london-youth-policing: 31 mapped, 8 not mapped ...
 * }</pre>
 *
 * <p>Entry points: {@link org.engagement.examples.importers.PolisImporter} (Polis conversation
 * exports), {@link org.engagement.examples.importers.PoliceUkImporter} (police.uk neighbourhood
 * priorities) and {@link org.engagement.examples.importers.CensusProfile} (census reference
 * populations, for M3). Each result is an {@link org.engagement.examples.importers.Imported}: the
 * dataset and its {@link org.engagement.examples.importers.ImportReport}.
 */
@NullMarked
package org.engagement.examples.importers;

import org.jspecify.annotations.NullMarked;
