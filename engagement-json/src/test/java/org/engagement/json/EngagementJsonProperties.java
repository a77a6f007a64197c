package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.core.EngagementDataset;
import org.engagement.json.testing.JsonArbitraries;

/**
 * Writing never loses anything and never produces what reading rejects: read(write(d)) equals d
 * for arbitrary datasets, valid or not, in both output forms, and the written document conforms
 * to the published schema.
 */
class EngagementJsonProperties {

  private static final EngagementJson JSON = EngagementJson.standard();

  @Provide
  Arbitrary<EngagementDataset> datasets() {
    return JsonArbitraries.datasets();
  }

  @Property(tries = 300)
  void readOfWrite_isTheDataset(@ForAll("datasets") EngagementDataset dataset) {
    String written = JSON.writeString(dataset);

    assertThat(JSON.disable(JsonFeature.VALIDATE).readString(written).dataset())
        .isEqualTo(dataset);
    assertThat(JSON.writeString(JSON.readString(written).dataset())).isEqualTo(written);
  }

  @Property(tries = 100)
  void readOfCompactWrite_isTheDataset(@ForAll("datasets") EngagementDataset dataset) {
    String written = JSON.disable(JsonFeature.INDENT_OUTPUT).writeString(dataset);

    assertThat(JSON.readString(written).dataset()).isEqualTo(dataset);
  }

  @Property(tries = 100)
  void streamOfWrite_givesTheRecords(@ForAll("datasets") EngagementDataset dataset) {
    String written = JSON.writeString(dataset);
    int count = 0;
    try (RecordStream stream = JSON.stream(new java.io.StringReader(written))) {
      assertThat(stream.scheme()).isEqualTo(dataset.scheme());
      while (stream.hasNext()) {
        StreamedRecord record = stream.next();
        assertThat(record.value()).isEqualTo(dataset.records(record.type()).get(record.index()));
        count++;
      }
    }
    int total = 0;
    for (org.engagement.core.RecordType type : org.engagement.core.RecordType.values()) {
      total += dataset.count(type);
    }
    assertThat(count).isEqualTo(total);
  }

  @Property(tries = 100)
  void writtenDocument_conformsToTheSchema(@ForAll("datasets") EngagementDataset dataset) {
    assertThat(SchemaTest.errors(JSON.writeString(dataset))).isEmpty();
  }
}
