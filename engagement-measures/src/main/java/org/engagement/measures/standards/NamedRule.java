package org.engagement.measures.standards;

/**
 * What the built-in rules share: an id and a title, and {@code toString} as {@code id title}.
 * Each subclass says only how it evaluates.
 */
abstract class NamedRule implements Rule {

  private final String id;
  private final String title;

  /**
   * @throws IllegalArgumentException if the id or the title is blank
   * @throws NullPointerException if either is null
   */
  NamedRule(String id, String title) {
    if (id.isBlank() || title.isBlank()) {
      throw new IllegalArgumentException("a rule needs an id and a title: '" + id + "', '"
          + title + "'");
    }
    this.id = id;
    this.title = title;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final String toString() {
    return id + " " + title;
  }
}
