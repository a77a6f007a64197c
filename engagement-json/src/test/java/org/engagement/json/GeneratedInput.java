package org.engagement.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A document made on the fly, never held in memory: a prefix, one byte repeated many times, a
 * suffix. Counts what the reader consumed.
 */
final class GeneratedInput extends InputStream {

  private final byte[] prefix;
  private final byte repeated;
  private final long count;
  private final byte[] suffix;
  private long position;

  GeneratedInput(String prefix, char repeated, long count, String suffix) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.repeated = (byte) repeated;
    this.count = count;
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
  }

  long length() {
    return prefix.length + count + suffix.length;
  }

  long consumed() {
    return position;
  }

  @Override
  public int read() {
    if (position >= length()) {
      return -1;
    }
    long at = position++;
    if (at < prefix.length) {
      return prefix[(int) at] & 0xff;
    }
    if (at < prefix.length + count) {
      return repeated & 0xff;
    }
    return suffix[(int) (at - prefix.length - count)] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int n = 0;
    while (n < length) {
      int b = read();
      if (b < 0) {
        break;
      }
      buffer[offset + n++] = (byte) b;
    }
    return n == 0 ? -1 : n;
  }
}
