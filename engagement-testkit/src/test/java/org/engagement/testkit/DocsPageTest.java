package org.engagement.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/testing-your-data.md shows the example test class exactly as it is compiled and run. */
class DocsPageTest {

  @Test
  void page_showsTheExampleTestClassVerbatim() throws IOException {
    String page = Files.readString(Path.of("../docs/testing-your-data.md"), StandardCharsets.UTF_8);
    int start = page.indexOf("```java\n");
    assertThat(start).as("the page has a java block").isNotNegative();
    int end = page.indexOf("```", start + 8);
    String block = page.substring(start + 8, end);
    String source = Files.readString(
        Path.of("src/test/java/com/example/engagement/ImportJobTest.java"), StandardCharsets.UTF_8);
    assertThat(block).isEqualTo(source);
  }
}
