package casejourney.portal.web;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A page's characters encoded as UTF-8 as they are written, into one growing byte array.
 *
 * <p>Why not a string builder and {@code getBytes}: one Welsh letter or curly quote makes the whole
 * builder two bytes a character, then the page is copied into a string, encoded into an array three
 * times its length and copied again to size. That was more than half of what a page allocated, and
 * the copying showed in its CPU profile. Here the page is held once, as the bytes that are sent.
 *
 * <p>Encodes as {@link String#getBytes(java.nio.charset.Charset)} does, including a surrogate pair
 * split across two writes; a surrogate without its partner becomes {@code ?}. Not thread-safe: one
 * page, one writer.
 */
final class Utf8PageWriter extends Writer {

  private static final byte UNMAPPABLE = '?';

  private byte[] bytes;
  private int count;
  // A high surrogate written last, waiting for the low one that completes it.
  private char pendingHigh;

  Utf8PageWriter(int initialBytes) {
    bytes = new byte[Math.max(16, initialBytes)];
  }

  @Override
  public void write(int c) {
    encode((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    ensure(length);
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = chars[i];
      if (c < 0x80 && pendingHigh == 0 && count < bytes.length) {
        bytes[count++] = (byte) c;
      } else {
        encode(c);
      }
    }
  }

  @Override
  public void write(String text, int offset, int length) {
    ensure(length);
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80 && pendingHigh == 0 && count < bytes.length) {
        bytes[count++] = (byte) c;
      } else {
        encode(c);
      }
    }
  }

  @Override
  public void write(String text) {
    write(text, 0, text.length());
  }

  @Override
  public Writer append(CharSequence text) {
    String s = String.valueOf(text);
    write(s, 0, s.length());
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /**
   * The page so far, as UTF-8, without copying; a trailing unpaired surrogate becomes {@code ?}.
   */
  ByteBuffer bytes() {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      put(UNMAPPABLE);
    }
    return ByteBuffer.wrap(bytes, 0, count);
  }

  private void encode(char c) {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int code = Character.toCodePoint(high, c);
        ensure(4);
        bytes[count++] = (byte) (0xF0 | (code >> 18));
        bytes[count++] = (byte) (0x80 | ((code >> 12) & 0x3F));
        bytes[count++] = (byte) (0x80 | ((code >> 6) & 0x3F));
        bytes[count++] = (byte) (0x80 | (code & 0x3F));
        return;
      }
      put(UNMAPPABLE);
    }
    if (c < 0x80) {
      put((byte) c);
    } else if (c < 0x800) {
      ensure(2);
      bytes[count++] = (byte) (0xC0 | (c >> 6));
      bytes[count++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      put(UNMAPPABLE);
    } else {
      ensure(3);
      bytes[count++] = (byte) (0xE0 | (c >> 12));
      bytes[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[count++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void put(byte b) {
    ensure(1);
    bytes[count++] = b;
  }

  // The write loops ask for one byte a character up front, so plain ASCII never grows mid-loop.
  private void ensure(int more) {
    if (count + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
    }
  }
}
