package org.engagement.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Identified;
import org.engagement.core.IssueCategory;
import org.engagement.core.RecordType;
import org.engagement.core.internal.RecordPlace;

/**
 * One pass over a dataset's records for every rule at once. Rules register the checks they make
 * on each record of a type; {@link #run} then visits each type's records once, in the order of
 * {@link RecordType}, and hands each record to every check registered for its type, in the order
 * they were registered.
 *
 * <p>Rules used to walk the dataset each on its own, each list three to seven times, so that at
 * national size (two million records, most of a gibibyte) each walk fetched every record from
 * memory again. A record now comes into the processor's cache once for all the checks that read
 * it, and its place (type, position, id) is made once.
 *
 * <p>Rules are isolated from each other: when a check throws, its rule's issues found so far are
 * kept, {@link ValidationCode#VALIDATOR_FAILURE} names the rule once, and none of its checks run
 * again; the other rules' checks go on. (What a failed rule found before it failed follows the
 * order of the pass, types in the order of {@link RecordType}, not the order of the rule's code.)
 * When a rule throws while registering, the checks it registered before still run, as they would
 * have run before the throw when each rule walked the dataset itself, and it is reported once.
 * Not thread-safe: one per validation run.
 */
final class RecordPass {

  /** A rule's state in this pass: whether its failure is reported, and whether it has stopped. */
  private static final class RuleRun {
    final DatasetRule rule;
    boolean reported;
    boolean stopped;

    RuleRun(DatasetRule rule) {
      this.rule = rule;
    }
  }

  /** One registered check. */
  private record Check(RuleRun run, BiConsumer<Object, RecordPlace> body) {}

  private final EngagementDataset dataset;
  private final Issues out;
  private final List<List<Check>> byType = new ArrayList<>();
  private RuleRun current;

  RecordPass(EngagementDataset dataset, Issues out) {
    this.dataset = dataset;
    this.out = out;
    for (int i = 0; i < RecordType.values().length; i++) {
      byType.add(new ArrayList<>(4));
    }
  }

  /** Starts the registrations of a rule: the checks registered from now on are its own. */
  void begin(DatasetRule rule) {
    current = new RuleRun(rule);
  }

  /**
   * Registers a check of each record of {@code records}, which must be the dataset's list of
   * {@code type} (it gives the records' class to the check).
   *
   * @throws IllegalArgumentException if {@code records} is not the dataset's list of the type
   */
  @SuppressWarnings("unchecked")
  <T> void each(List<T> records, RecordType type, BiConsumer<T, RecordPlace> check) {
    if (records != dataset.records(type)) {
      throw new IllegalArgumentException("not the dataset's list of " + type.collection());
    }
    byType.get(type.ordinal()).add(new Check(current, (BiConsumer<Object, RecordPlace>) check));
  }

  /** Registers a check given each record with its position in its list; see {@link #each}. */
  <T> void indexed(List<T> records, RecordType type, ObjIntConsumer<T> check) {
    each(records, type, (record, at) -> check.accept(record, at.index()));
  }

  /**
   * Reports that the current rule failed while registering. The checks it registered before
   * still run; a later failure of one of them is not reported again.
   */
  void failed(Throwable e) {
    report(current, e);
  }

  /**
   * Visits every record once and runs the checks registered for its type. A type's checks are
   * let go once its records are done, and with them what they hold (a map of ids, say).
   */
  void run() {
    for (RecordType type : RecordType.values()) {
      Check[] checks = byType.get(type.ordinal()).toArray(new Check[0]);
      byType.set(type.ordinal(), List.of());
      if (checks.length == 0) {
        continue;
      }
      List<?> records = dataset.records(type);
      for (int i = 0; i < records.size(); i++) {
        Object record = records.get(i);
        RecordPlace at = RecordPlace.of(type, i, idOf(record));
        for (Check check : checks) {
          if (!check.run().stopped) {
            try {
              check.body().accept(record, at);
            } catch (RuntimeException | StackOverflowError e) {
              check.run().stopped = true;
              report(check.run(), e);
            }
          }
        }
      }
    }
  }

  /**
   * The id object, whose text is made only if an issue needs it; {@code ?} for an object of no
   * record type (only a list filled through raw types holds one), on which each check fails in
   * its own rule.
   */
  private static Object idOf(Object record) {
    if (record instanceof Identified identified) {
      return identified.id();
    }
    return record instanceof IssueCategory category ? category.code() : "?";
  }

  private void report(RuleRun run, Throwable e) {
    if (!run.reported) {
      run.reported = true;
      out.add(ValidationCode.VALIDATOR_FAILURE, IssuePath.builder().build(),
          "rule '" + run.rule.name() + "' failed with " + e.getClass().getName()
              + "; the other rules ran");
    }
  }
}
