package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AreaTest {

  @Test
  void builder_root_hasNoParentAndNoBusinessPresence() {
    Area london = Area.builder().id(AreaId.of("E23000001")).name("London")
        .level(AreaLevel.FORCE).build();

    assertThat(london.parent()).isEmpty();
    assertThat(london.businessPresence()).isFalse();
  }

  @Test
  void builder_ownParent_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Area.builder().id(AreaId.of("E09000022")).name("Lambeth").level(AreaLevel.BOROUGH)
            .parent(AreaId.of("E09000022")).build());

    assertThat(e).hasMessage("area must not be its own parent: E09000022");
  }
}
