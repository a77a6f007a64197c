package org.engagement.measures.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.engagement.core.RecordType;

/** The sets of record types that measures name as what their figures depend on. */
public final class RecordTypes {

  private RecordTypes() {}

  /**
   * An unmodifiable set of these types.
   *
   * @param first a type
   * @param more the others
   * @return the set, in the order of {@link RecordType}
   */
  public static Set<RecordType> of(RecordType first, RecordType... more) {
    EnumSet<RecordType> set = EnumSet.of(first);
    set.addAll(List.of(more));
    return Collections.unmodifiableSet(set);
  }
}
