package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagement.json.EngagementJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample file is the one {@link WriteSampleJson} writes from the generator. */
class WriteSampleJsonTest {

  private static final Path COMMITTED =
      ScriptRunner.repositoryRoot().resolve(WriteSampleJson.FILE);

  @Test
  void committedFile_isTheSampleWrittenCanonically() throws Exception {
    String expected = WriteSampleJson.JSON.writeString(SampleData.lambeth());
    String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
    assertThat(committed)
        .as(WriteSampleJson.FILE + " has drifted from SampleData.lambeth(); regenerate it from"
            + " the repository root with: " + WriteSampleJson.COMMAND)
        .isEqualTo(expected);
  }

  @Test
  void committedFile_isUnderTwoMebibytesAndValid() throws Exception {
    assertThat(Files.size(COMMITTED)).isLessThan(2 * 1024 * 1024);
    assertThat(EngagementJson.standard().read(COMMITTED).problems()).isEmpty();
  }

  @Test
  void write_newDirectory_createsItAndWritesTheCanonicalText(@TempDir Path dir) throws Exception {
    Path file = WriteSampleJson.write(dir.resolve("data/lambeth.json"));
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(WriteSampleJson.JSON.writeString(SampleData.lambeth()));
  }
}
