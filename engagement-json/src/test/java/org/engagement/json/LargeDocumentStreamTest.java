package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.engagement.core.CommunityInput;
import org.engagement.core.RecordType;
import org.junit.jupiter.api.Test;

/**
 * A document of 1,000,000 records streams in a small fixed heap. Runs in its own surefire
 * execution ({@code large-document-stream} in this module's pom) with {@code -Xmx64m}; the
 * document is made on the fly and is several times larger than that heap.
 */
class LargeDocumentStreamTest {

  private static final int RECORDS = 1_000_000;
  private static final int BELOW_MINIMUM_EVERY = 100_000;

  @Test
  void stream_millionRecords_inAHeapSmallerThanTheDocument() {
    GeneratedDocument document = new GeneratedDocument(RECORDS);
    // The default limits are per item, not per document: any length of document streams.
    EngagementJson json = EngagementJson.standard();
    Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
    int problems = 0;
    long support = 0;

    try (RecordStream stream = json.stream(document)) {
      while (stream.hasNext()) {
        StreamedRecord record = stream.next();
        counts.merge(record.type(), 1, Integer::sum);
        problems += record.problems().size();
        if (record.type() == RecordType.INPUT) {
          support += record.value(CommunityInput.class).support();
        }
      }
    }

    long heap = Runtime.getRuntime().maxMemory();
    assertThat(heap).as("this test runs with a small heap (-Xmx64m)")
        .isLessThan(128L * 1024 * 1024);
    assertThat(document.length()).as("the document is larger than the heap")
        .isGreaterThan(2 * heap);
    assertThat(counts).containsEntry(RecordType.INPUT, RECORDS)
        .containsEntry(RecordType.AREA, 1).containsEntry(RecordType.ISSUE_CATEGORY, 1);
    assertThat(problems).isEqualTo(RECORDS / BELOW_MINIMUM_EVERY);
    assertThat(support).isEqualTo(2L * (RECORDS - RECORDS / BELOW_MINIMUM_EVERY));
  }

  /**
   * A canonical document with one area, one issue category and many community inputs, made a
   * record at a time. Every 100,000th input has support 0 (below the minimum of 1).
   */
  static final class GeneratedDocument extends InputStream {
    private final int records;
    private byte[] chunk;
    private int at;
    private int next;
    private long length;

    GeneratedDocument(int records) {
      this.records = records;
      this.chunk = bytes("{\n  \"formatVersion\": \"1.0\",\n  \"areas\": [\n    {\n"
          + "      \"id\": \"E09000022\",\n      \"name\": \"Lambeth\",\n"
          + "      \"level\": \"BOROUGH\"\n    }\n  ],\n  \"issueCategories\": [\n"
          + "    {\n      \"code\": \"ASB\",\n      \"label\": \"Anti-social behaviour\"\n"
          + "    }\n  ],\n  \"inputs\": [\n");
    }

    long length() {
      return length;
    }

    private static byte[] bytes(String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }

    private boolean refill() {
      if (next > records) {
        return false;
      }
      if (next == records) {
        chunk = bytes("\n  ]\n}\n");
      } else {
        int support = (next + 1) % BELOW_MINIMUM_EVERY == 0 ? 0 : 2;
        chunk = bytes((next == 0 ? "" : ",\n") + "    {\n      \"id\": \"IN-" + next
            + "\",\n      \"activity\": \"ACT-" + (next % 1000) + "\",\n"
            + "      \"area\": \"E09000022\",\n      \"date\": \"2012-10-04\",\n"
            + "      \"issueCategory\": \"ASB\",\n"
            + "      \"summary\": \"Groups gathering outside the station after 10pm\",\n"
            + "      \"support\": " + support + "\n    }");
      }
      next++;
      at = 0;
      return true;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (count == 0) {
        return 0;
      }
      while (at >= chunk.length) {
        if (!refill()) {
          return -1;
        }
      }
      int n = Math.min(count, chunk.length - at);
      System.arraycopy(chunk, at, buffer, offset, n);
      at += n;
      length += n;
      return n;
    }
  }
}
