package org.engagement.core;

/**
 * The level of an {@link Area} in the geographic tree (2005 strategy §5, §7, §8): a force area
 * contains boroughs, a borough contains wards.
 */
public enum AreaLevel {
  /** The force area, pan-London. */
  FORCE,
  /** A borough: the BCU/BOCU, also the CDRP partnership area. */
  BOROUGH,
  /** A ward: the neighbourhood of a Safer Neighbourhoods team. */
  WARD
}
