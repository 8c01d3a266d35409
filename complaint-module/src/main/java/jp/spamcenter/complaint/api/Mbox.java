package jp.spamcenter.complaint.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an mbox file into its messages (mboxrd: ">From " lines unquoted); a single message stays whole.
 * Partners post batches of a megabyte and more: the separators are found by the JDK's string search over the
 * bytes (read as ISO-8859-1, one character per byte), and a message without quoted lines is copied whole.
 */
public final class Mbox {

    private static final String SEPARATOR = "\nFrom ";

    private Mbox() {}

    public static List<byte[]> split(byte[] bytes) {
        if (!startsWithFrom(bytes, 0)) {
            return List.of(bytes);
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        var messages = new ArrayList<byte[]>();
        int start = afterLine(text, 0);
        while (true) {
            int separator = text.indexOf(SEPARATOR, start == 0 ? 0 : start - 1);
            int end = separator < 0 ? bytes.length : separator + 1;
            messages.add(message(bytes, text, start, end));
            if (separator < 0) {
                return messages;
            }
            start = afterLine(text, end);
        }
    }

    /** The message in {@code bytes[start, end)}, its quoted "From " lines unquoted. */
    private static byte[] message(byte[] bytes, String text, int start, int end) {
        int quoted = nextQuotedFrom(text, start, end);
        if (quoted < 0) {
            return Arrays.copyOfRange(bytes, start, end);
        }
        var out = new ByteArrayOutputStream(end - start);
        int from = start;
        while (quoted >= 0) {
            out.write(bytes, from, quoted - from);
            from = quoted + 1; // one '>' less
            quoted = nextQuotedFrom(text, afterLine(text, from), end);
        }
        out.write(bytes, from, end - from);
        return out.toByteArray();
    }

    /** Where the next line of {@code >From } ({@code >>From }, …) starts in {@code [from, end)}, or -1. */
    private static int nextQuotedFrom(String text, int from, int end) {
        // the range starts a line; every later line starts after a line feed
        int lineStart = from;
        while (lineStart < end) {
            int j = lineStart;
            while (j < end && text.charAt(j) == '>') {
                j++;
            }
            if (j > lineStart && text.startsWith("From ", j)) {
                return lineStart;
            }
            // the next line that starts with '>' (the line at lineStart may itself be empty: its own line feed)
            int newline = text.indexOf("\n>", lineStart);
            if (newline < 0 || newline + 1 >= end) {
                return -1;
            }
            lineStart = newline + 1;
        }
        return -1;
    }

    /** Where the line after the one at {@code at} starts (the end of the text when it is the last). */
    private static int afterLine(String text, int at) {
        int newline = text.indexOf('\n', at);
        return newline < 0 ? text.length() : newline + 1;
    }

    private static boolean startsWithFrom(byte[] b, int i) {
        return i + 5 <= b.length
                && b[i] == 'F'
                && b[i + 1] == 'r'
                && b[i + 2] == 'o'
                && b[i + 3] == 'm'
                && b[i + 4] == ' ';
    }
}
