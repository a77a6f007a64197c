package org.engagement.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through only while they are strict UTF-8 (Unicode 15, table 3-7): refuses
 * malformed and overlong sequences, encoded surrogates (CESU-8), code points above U+10FFFF, a
 * sequence cut off by the end, and NUL bytes, which JSON text never holds raw and which betray
 * UTF-16 and UTF-32; a UTF-16 or UTF-32 byte order mark is refused by name. A UTF-8 byte order
 * mark passes (the parser skips it). Each refusal is a {@link MalformedTextException} naming the
 * byte's offset, line and column. Checking takes a few operations per eight ASCII bytes.
 */
final class StrictUtf8InputStream extends FilterInputStream {

  /** Thrown for bytes that are not strict UTF-8; carried out of the parser as an I/O failure. */
  static final class MalformedTextException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long offset;
    private final long line;
    private final long column;

    MalformedTextException(String message, long offset, long line, long column) {
      super(message + " (byte " + offset + " of the document)");
      this.offset = offset;
      this.line = line;
      this.column = column;
    }

    long offset() {
      return offset;
    }

    long line() {
      return line;
    }

    long column() {
      return column;
    }
  }

  /** Bytes read so far. */
  private long offset;
  /** The line of the next byte, from 1. */
  private long line = 1;
  /** The offset where the current line starts. */
  private long lineStart;
  /** Continuation bytes still needed by the current sequence. */
  private int need;
  /** The bounds of the next continuation byte, as unsigned values. */
  private int lo = 0x80;
  private int hi = 0xBF;
  /** Where the current sequence started, and its first byte. */
  private long sequenceStart;
  private int lead;

  StrictUtf8InputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      end();
    } else {
      check(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n < 0) {
      end();
    } else {
      check(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes must be checked too: read them.
    byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // not supported: the checker's state cannot be rewound
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  private void end() throws MalformedTextException {
    if (need > 0) {
      throw fail("a UTF-8 sequence " + hex(lead) + " cut off by the end of the document",
          sequenceStart);
    }
  }

  private void check(byte[] b, int off, int n) throws MalformedTextException {
    if (offset < 4 && n > 0) {
      byteOrderMark(b, off, n);
    }
    int end = off + n;
    for (int i = off; i < end; i++) {
      // Eight bytes at a time while they are ASCII other than NUL and line feed, as nearly all
      // bytes of a dataset are.
      while (need == 0 && i + Long.BYTES <= end && plain((long) WORDS.get(b, i))) {
        i += Long.BYTES;
      }
      if (i == end) {
        break;
      }
      int c = b[i];
      if (need == 0 && c > 0) {
        if (c == '\n') {
          line++;
          lineStart = offset + (i - off) + 1;
        }
        continue;
      }
      c &= 0xFF;
      long at = offset + (i - off);
      if (need > 0) {
        if (c < lo || c > hi) {
          offset += i - off;
          throw continuationError(c, at);
        }
        need--;
        lo = 0x80;
        hi = 0xBF;
      } else {
        lead(c, at, i - off);
      }
    }
    offset += n;
  }

  private static final java.lang.invoke.VarHandle WORDS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class,
          java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;

  /** Whether eight bytes are all ASCII, none of them NUL or a line feed. */
  private static boolean plain(long word) {
    return (word & HIGH_BITS) == 0 && !hasZeroByte(word) && !hasZeroByte(word ^ LINE_FEEDS);
  }

  /** Whether a byte of the word is zero (exact for words whose bytes are all below 0x80). */
  private static boolean hasZeroByte(long word) {
    return ((word - ONES) & ~word & HIGH_BITS) != 0;
  }

  private void byteOrderMark(byte[] b, int off, int n) throws MalformedTextException {
    if (offset != 0 || n < 2) {
      return;
    }
    int b0 = b[off] & 0xFF;
    int b1 = b[off + 1] & 0xFF;
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      throw fail("the document is UTF-16 or UTF-32 (its byte order mark is " + hex(b0) + " "
          + hex(b1) + "): the format is UTF-8", 0);
    }
  }

  private void lead(int c, long at, int consumed) throws MalformedTextException {
    sequenceStart = at;
    lead = c;
    if (c == 0) {
      offset += consumed;
      throw fail("a NUL byte, which JSON text never holds (is the document UTF-16 or UTF-32? the"
          + " format is UTF-8)", at);
    } else if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c == 0xE0) {
      need = 2;
      lo = 0xA0;
    } else if (c == 0xED) {
      need = 2;
      hi = 0x9F;
    } else if (c >= 0xE1 && c <= 0xEF) {
      need = 2;
    } else if (c == 0xF0) {
      need = 3;
      lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3) {
      need = 3;
    } else if (c == 0xF4) {
      need = 3;
      hi = 0x8F;
    } else {
      offset += consumed;
      if (c == 0xC0 || c == 0xC1) {
        throw fail("an overlong UTF-8 sequence (lead byte " + hex(c) + ")", at);
      }
      if (c >= 0x80 && c <= 0xBF) {
        throw fail("a UTF-8 continuation byte " + hex(c) + " without a lead byte", at);
      }
      throw fail("a byte " + hex(c) + " that UTF-8 never uses", at);
    }
  }

  private MalformedTextException continuationError(int c, long at) {
    if (c >= 0x80 && c <= 0xBF) {
      if (lead == 0xE0 || lead == 0xF0) {
        return fail("an overlong UTF-8 sequence (" + hex(lead) + " " + hex(c) + ")",
            sequenceStart);
      }
      if (lead == 0xED) {
        return fail("an encoded surrogate (" + hex(lead) + " " + hex(c) + ", CESU-8), which"
            + " UTF-8 never holds", sequenceStart);
      }
      return fail("a UTF-8 sequence beyond U+10FFFF (" + hex(lead) + " " + hex(c) + ")",
          sequenceStart);
    }
    return fail("a UTF-8 sequence " + hex(lead) + " cut off by " + hex(c), at);
  }

  private MalformedTextException fail(String what, long at) {
    long column = at - lineStart + 1;
    return new MalformedTextException("not UTF-8: " + what, at, line, Math.max(column, 1));
  }

  private static String hex(int b) {
    return String.format("%02X", b);
  }
}
