package org.engagement.core.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.CountBasis;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DemographicDimension;
import org.engagement.core.DemographicScheme;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.internal.RecordPlace;

/**
 * Demographic data fits the scheme: dimensions and categories exist, and counts of respondents
 * of one dimension do not exceed the attendance.
 */
final class DemographicRule implements DatasetRule {

  @Override
  public String name() {
    return "demographics";
  }

  @Override
  public void check(EngagementDataset d, Issues out, RecordPass pass) {
    DemographicScheme scheme = d.scheme();
    pass.each(d.activities(), RecordType.ACTIVITY, (a, at) ->
        a.demographics().ifPresent(counts -> {
          counts(scheme, counts, out, at, "demographics");
          if (counts.basis() == CountBasis.RESPONDENTS && a.attendance().isPresent()) {
            long attendance = a.attendance().get();
            List<DimensionCounts> dims = counts.dimensions();
            for (int i = 0; i < dims.size(); i++) {
              DimensionCounts dim = dims.get(i);
              long total = dim.stated() + dim.notStated();
              if (total > attendance) {
                out.add(ValidationCode.COUNT_EXCEEDS_ATTENDANCE,
                    at.path("demographics", "dimensions", i),
                    "counts of " + dim.dimension() + " add up to " + total
                        + ", more than the attendance of " + attendance);
              }
            }
          }
        }));
    pass.each(d.panels(), RecordType.PANEL, (p, at) ->
        p.membershipDemographics().ifPresent(counts ->
            counts(scheme, counts, out, at, "membershipDemographics")));
    pass.each(d.referencePopulations(), RecordType.REFERENCE_POPULATION, (p, at) -> {
      Optional<DemographicDimension> dim = scheme.dimension(p.dimension());
      if (dim.isEmpty()) {
        out.add(ValidationCode.UNKNOWN_DIMENSION, at.path("dimension"),
            "unknown demographic dimension: " + p.dimension());
      } else {
        categories(dim.get(), p.counts(), out, at, "counts");
      }
    });
    pass.each(d.responses(), RecordType.RESPONSE, (r, at) -> {
      for (Map.Entry<String, String> e : r.demographics().entrySet()) {
        Optional<DemographicDimension> dim = scheme.dimension(e.getKey());
        if (dim.isEmpty()) {
          out.add(ValidationCode.UNKNOWN_DIMENSION, at.path("demographics", e.getKey()),
              "unknown demographic dimension: " + e.getKey());
        } else if (!scheme.knows(e.getKey(), e.getValue())) {
          out.add(ValidationCode.UNKNOWN_CATEGORY, at.path("demographics", e.getKey()),
              "unknown category of " + e.getKey() + ": " + e.getValue());
        }
      }
    });
  }

  private static void counts(DemographicScheme scheme, DemographicCounts counts, Issues out,
      RecordPlace at, String field) {
    List<DimensionCounts> dims = counts.dimensions();
    for (int i = 0; i < dims.size(); i++) {
      DimensionCounts dim = dims.get(i);
      Optional<DemographicDimension> known = scheme.dimension(dim.dimension());
      if (known.isEmpty()) {
        out.add(ValidationCode.UNKNOWN_DIMENSION, at.path(field, "dimensions", i, "dimension"),
            "unknown demographic dimension: " + dim.dimension());
      } else {
        categories(known.get(), dim.counts(), out, at, field, "dimensions", i, "counts");
      }
    }
  }

  private static void categories(DemographicDimension dim, Map<String, Long> counts, Issues out,
      RecordPlace at, Object... field) {
    for (String category : counts.keySet()) {
      if (dim.category(category).isEmpty()) {
        Object[] path = java.util.Arrays.copyOf(field, field.length + 1);
        path[field.length] = category;
        out.add(ValidationCode.UNKNOWN_CATEGORY, at.path(path),
            DemographicScheme.NOT_STATED.equals(category)
                ? "NOT_STATED is not a category of " + dim.code() + ": count it as notStated"
                : "unknown category of " + dim.code() + ": " + category);
      }
    }
  }
}
