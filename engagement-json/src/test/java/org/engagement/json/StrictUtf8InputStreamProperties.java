package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The strict UTF-8 layer agrees with the JDK's strict decoder on every byte sequence. */
class StrictUtf8InputStreamProperties {

  @Property
  void utf8Text_passesUnchanged_inAnyChunks(@ForAll String text,
      @ForAll @IntRange(min = 1, max = 7) int chunk) throws IOException {
    byte[] bytes = text.replace('\0', ' ').getBytes(StandardCharsets.UTF_8);

    assertThat(readAll(bytes, chunk)).isEqualTo(bytes);
  }

  @Property(tries = 2000)
  void anyBytes_passOnlyWhenTheJdkDecodesThemStrictly(@ForAll byte[] bytes,
      @ForAll @IntRange(min = 1, max = 7) int chunk) {
    boolean jdk = strictlyDecodes(bytes) && !contains(bytes, (byte) 0) && !utf16Mark(bytes);
    boolean ours;
    try {
      readAll(bytes, chunk);
      ours = true;
    } catch (IOException e) {
      assertThat(e).isInstanceOf(StrictUtf8InputStream.MalformedTextException.class);
      ours = false;
    }
    assertThat(ours).as("accepts %s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(jdk);
  }

  @Property
  void overlongAndSurrogateSequences_areRefused(@ForAll @IntRange(min = 0, max = 4) int which) {
    byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xA6},
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}};

    assertThrows(StrictUtf8InputStream.MalformedTextException.class,
        () -> readAll(bad[which], 64));
  }

  private static byte[] readAll(byte[] bytes, int chunk) throws IOException {
    InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(bytes));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[chunk];
    int n;
    while ((n = in.read(buffer, 0, chunk)) >= 0) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static boolean strictlyDecodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean contains(byte[] bytes, byte b) {
    for (byte x : bytes) {
      if (x == b) {
        return true;
      }
    }
    return false;
  }

  private static boolean utf16Mark(byte[] bytes) {
    return bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }
}
