package org.engagement.examples.importers;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class HtmlTextProperties {

  /** Escaping text as HTML and wrapping it in a paragraph, then reading it back, gives the text. */
  @Property
  void toText_ofEscapedText_isTheTextWithWhiteSpaceCollapsed(
      @ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') @Chars({'\n', '\t', '£'})
          String text) {
    String html = "<p class=\"x\">" + text.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;")
        .replace("£", "&pound;") + "</p>";
    assertThat(HtmlText.toText(html)).isEqualTo(text.replaceAll("\\s+", " ").strip());
  }
}
