package org.engagement.examples.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void toText_tagsAndBreaks_becomeSingleSpaces() {
    assertThat(HtmlText.toText("<p>One</p><p>two<br/>three</p>\n\t four"))
        .isEqualTo("One two three four");
  }

  @Test
  void toText_entities_areDecodedOnce() {
    assertThat(HtmlText.toText("Fish &amp; chips &lt;b&gt; &#39;x&#39; &#x2019; &amp;lt; &nbsp;"))
        .isEqualTo("Fish & chips <b> 'x' ’ &lt;");
  }

  @Test
  void toText_unknownEntity_isKeptAsWritten() {
    assertThat(HtmlText.toText("a &bogus; b")).isEqualTo("a &bogus; b");
  }
}
