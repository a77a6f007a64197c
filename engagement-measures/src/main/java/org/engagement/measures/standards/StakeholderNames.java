package org.engagement.measures.standards;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.core.Stakeholder;
import org.engagement.core.StakeholderId;
import org.engagement.measures.EvaluationContext;

/**
 * Likely duplicate stakeholders (docs/spec/measures.md §5 strand 1): two or more stakeholders with
 * the same home area and the same normalised name — Unicode NFKC, lower case in the root locale,
 * every character that is not a letter or digit replaced by a space, runs of spaces collapsed,
 * trimmed.
 *
 * <pre>{@code
 * StakeholderNames.normalise("St. Mary's  Residents’ Assoc.");   // "st mary s residents assoc"
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class StakeholderNames {

  private StakeholderNames() {}

  /**
   * Normalises a name.
   *
   * @param name the name, not null
   * @return the normalised name, possibly empty, never null
   */
  public static String normalise(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(cp);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /**
   * The likely duplicates among the stakeholders homed in the scope's subtree.
   *
   * @param evaluation the dataset and its indexes, not null
   * @param scope the scope (only its area is read), not null
   * @return groups of two or more ids, each sorted, the groups sorted by their first id
   */
  public static List<List<StakeholderId>> likelyDuplicates(
      EvaluationContext evaluation, Scope scope) {
    RuleContext context = RuleContext.of(evaluation, scope);
    Map<String, List<StakeholderId>> groups = new TreeMap<>();
    for (Stakeholder s : context.under(scope.area(), context.index()::stakeholdersHomedIn)) {
      groups.computeIfAbsent(s.homeArea().value() + "\u0000" + normalise(s.name()),
          k -> new ArrayList<>()).add(s.id());
    }
    List<List<StakeholderId>> out = new ArrayList<>();
    for (List<StakeholderId> group : groups.values()) {
      if (group.size() >= 2) {
        out.add(group.stream().sorted().toList());
      }
    }
    out.sort(Comparator.comparing(g -> g.get(0)));
    return List.copyOf(out);
  }

  /**
   * The likely duplicates among the stakeholders homed in the scope's subtree, with a new
   * {@link EvaluationContext} of {@code data}: this call indexes the whole dataset. For more than
   * one call, build the context once and use {@link #likelyDuplicates(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope (only its area is read), not null
   * @return groups of two or more ids, each sorted, the groups sorted by their first id
   */
  public static List<List<StakeholderId>> likelyDuplicates(EngagementDataset data, Scope scope) {
    return likelyDuplicates(EvaluationContext.of(data), scope);
  }
}
