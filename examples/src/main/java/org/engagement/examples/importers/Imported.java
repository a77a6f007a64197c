package org.engagement.examples.importers;

import org.engagement.core.EngagementDataset;

/**
 * What an import gave: the dataset and the report of what it could not map.
 *
 * <pre>{@code
 * Imported imported = PoliceUkImporter.read(Path.of("priorities.json"), PanelId.of("PNL-01"));
 * imported.dataset().priorities();   // one priority per object that could be read
 * imported.report().unmapped();      // the objects that could not, with the reason
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dataset the imported records, not null
 * @param report what could not be mapped, not null
 */
public record Imported(EngagementDataset dataset, ImportReport report) {}
