package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.dataset;

import java.util.List;
import org.engagement.core.AreaId;
import org.engagement.core.Stakeholder;
import org.engagement.core.StakeholderId;
import org.engagement.core.StakeholderKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StakeholderNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "St. Mary's  Residents’ Assoc.|st mary s residents assoc",
    "  ＡＢＣ　Ｔｅｎａｎｔｓ  |abc tenants",
    "İSTANBUL Café|i stanbul café",
    "--- ---|''"
  })
  void normalise_foldsCaseWidthAndPunctuation(String name, String expected) {
    assertThat(StakeholderNames.normalise(name)).isEqualTo(expected);
  }

  private static Stakeholder stakeholder(String id, String name, AreaId home) {
    return Stakeholder.builder().id(StakeholderId.of(id)).name(name)
        .kind(StakeholderKind.values()[0]).homeArea(home).build();
  }

  @Test
  void likelyDuplicates_sameHomeAndNormalisedName() {
    var data = dataset().addStakeholders(
        stakeholder("S3", "Brixton Traders", W1),
        stakeholder("S1", "BRIXTON  traders!", W1),
        stakeholder("S2", "Brixton Traders", W2),
        stakeholder("S4", "Brixton Tenants", W1)).build();
    assertThat(StakeholderNames.likelyDuplicates(data, SCOPE_B))
        .containsExactly(List.of(StakeholderId.of("S1"), StakeholderId.of("S3")));
  }
}
