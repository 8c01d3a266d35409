package jp.spamcenter.complaint.internal.analysis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Text being written by the analysis' single passes: spans of a string copied whole ({@link String#getChars}),
 * where a {@link StringBuilder} of Java 17 copies a span of a string one character at a time.
 */
final class TextBuffer {

    private char[] chars;
    private int length;

    TextBuffer(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    void append(String s, int from, int to) {
        ensure(to - from);
        s.getChars(from, to, chars, length);
        length += to - from;
    }

    void append(char[] source, int from, int to) {
        ensure(to - from);
        System.arraycopy(source, from, chars, length, to - from);
        length += to - from;
    }

    void append(String s) {
        append(s, 0, s.length());
    }

    void append(char c) {
        ensure(1);
        chars[length++] = c;
    }

    void appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            append((char) codePoint);
        } else {
            append(Character.highSurrogate(codePoint));
            append(Character.lowSurrogate(codePoint));
        }
    }

    int length() {
        return length;
    }

    char charAt(int index) {
        return chars[index];
    }

    /** The last character; the buffer must not be empty. */
    char last() {
        return chars[length - 1];
    }

    /** Drops what was written from {@code newLength} on. */
    void setLength(int newLength) {
        length = newLength;
    }

    private void ensure(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    /** The first {@code end} characters as UTF-16 little-endian bytes (copied whole, not encoded one by one). */
    byte[] utf16le(int end) {
        var bytes = ByteBuffer.allocate(2 * end).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asCharBuffer().put(chars, 0, end);
        return bytes.array();
    }

    /** The first {@code end} characters. */
    String toString(int end) {
        return new String(chars, 0, end);
    }

    @Override
    public String toString() {
        return toString(length);
    }
}
