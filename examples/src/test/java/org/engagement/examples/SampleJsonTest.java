package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.engagement.core.EngagementDataset;
import org.engagement.json.EngagementJson;
import org.engagement.json.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample dataset survives the JSON format: written to a file and read back, it is equal. */
class SampleJsonTest {

  private final EngagementJson json = EngagementJson.standard();

  @Test
  void writeThenRead_sampleDataset_isEqualAndValid(@TempDir Path dir) throws Exception {
    EngagementDataset sample = SampleData.lambeth();
    Path file = dir.resolve("lambeth.json");

    json.write(sample, file);
    ReadResult read = json.read(file);

    assertThat(Files.size(file)).isPositive();
    assertThat(read.problems()).isEmpty();
    assertThat(read.requireValid()).isEqualTo(sample);
  }

  @Test
  void writeString_sampleDataset_isCanonical() {
    EngagementDataset sample = SampleData.lambeth();

    String once = json.writeString(sample);
    String again = json.writeString(json.readString(once).requireValid());

    assertThat(again).isEqualTo(once);
    assertThat(once).startsWith("{\n  \"formatVersion\": \"1.0\",\n");
  }
}
