package org.engagement.examples.importers;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the HTML fragments of police.uk's text fields into plain text. */
final class HtmlText {

  private static final Pattern BREAK =
      Pattern.compile("(?i)<\\s*(br|/p|/li|/div|/h[1-6])\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
      Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
      Map.entry("pound", "£"), Map.entry("euro", "€"), Map.entry("ndash", "–"),
      Map.entry("mdash", "—"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
      Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("hellip", "…"));

  private HtmlText() {}

  /**
   * Strips tags, decodes entities and collapses white space; a line break or the end of a
   * paragraph becomes a space. An unknown entity is kept as written.
   *
   * @param html the fragment, not null
   * @return the text, stripped, never null
   */
  static String toText(String html) {
    String text = TAG.matcher(BREAK.matcher(html).replaceAll(" ")).replaceAll("");
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
    }
    m.appendTail(out);
    return SPACE.matcher(out).replaceAll(" ").strip();
  }

  private static String decode(String name, String written) {
    if (name.startsWith("#")) {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(code) && !Character.isISOControl(code)
          ? Character.toString(code) : " ";
    }
    return NAMED.getOrDefault(name, written);
  }
}
