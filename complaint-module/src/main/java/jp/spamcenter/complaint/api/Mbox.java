package jp.spamcenter.complaint.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits an mbox file into its messages (mboxrd: ">From " lines unquoted); a single message stays whole.
 *
 * <p>Partners post batches of a megabyte and more. {@link #read} takes them from the request as it arrives,
 * holding one message (and what was read past it) at a time: no array of the whole batch is ever made, which
 * the garbage collector would have to treat as a huge object for every request.
 */
public final class Mbox {

    private static final int CHUNK = 64 * 1024;
    private static final String SEPARATOR = "\nFrom ";
    /** How much of the bytes one search looks at: a message's worth, so that few are looked at twice. */
    private static final int WINDOW = 16 * 1024;

    private Mbox() {}

    /** The messages of an mbox file held in memory. */
    public static List<byte[]> split(byte[] bytes) {
        try {
            return read(new ByteArrayInputStream(bytes), Long.MAX_VALUE).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be read
        }
    }

    /** The messages of an mbox stream; empty when it is longer than {@code limit} bytes. */
    public static Optional<List<byte[]>> read(InputStream in, long limit) throws IOException {
        var reader = new Reader(in, limit);
        return reader.read() ? Optional.of(reader.messages) : Optional.empty();
    }

    /** The messages in order, and the bytes read but not yet cut into one. */
    private static final class Reader {

        private final InputStream in;
        private final long limit;
        private final List<byte[]> messages = new ArrayList<>();
        private byte[] buffer = new byte[2 * CHUNK];
        private int length;
        private long total;
        private boolean end;

        Reader(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        /** Reads everything; false when there was more than the limit. */
        boolean read() throws IOException {
            while (!end && length < 5) {
                if (!fill()) {
                    return false;
                }
            }
            if (!startsWithFrom(buffer, 0, length)) {
                return single();
            }
            // the messages follow their "From " lines; each ends where a line starts with "From "
            if (!nextMessage()) {
                return false;
            }
            int scanned = 0;
            while (true) {
                int separator = indexOfSeparator(scanned);
                if (separator >= 0) {
                    messages.add(unquoted(buffer, 0, separator + 1));
                    shift(separator + 1);
                    scanned = 0;
                    if (!nextMessage()) {
                        return false;
                    }
                    continue;
                }
                if (end) {
                    messages.add(unquoted(buffer, 0, length));
                    return true;
                }
                scanned = Math.max(0, length - 5); // a separator may be cut by the end of what was read
                if (!fill()) {
                    return false;
                }
            }
        }

        /**
         * Drops the "From " line at the start of the buffer, and an empty message for each "From " line that
         * follows it at once; false over the limit.
         */
        private boolean nextMessage() throws IOException {
            while (true) {
                if (!dropLine()) {
                    return false;
                }
                while (!end && length < 5) {
                    if (!fill()) {
                        return false;
                    }
                }
                if (!startsWithFrom(buffer, 0, length)) {
                    return true;
                }
                messages.add(new byte[0]);
            }
        }

        /** No "From " line first: the whole stream is one message. */
        private boolean single() throws IOException {
            while (!end) {
                if (!fill()) {
                    return false;
                }
            }
            messages.add(Arrays.copyOf(buffer, length));
            return true;
        }

        /** Drops the line at the start of the buffer (reading on until its end); false over the limit. */
        private boolean dropLine() throws IOException {
            int scanned = 0;
            while (true) {
                for (int i = scanned; i < length; i++) {
                    if (buffer[i] == '\n') {
                        shift(i + 1);
                        return true;
                    }
                }
                if (end) {
                    shift(length);
                    return true;
                }
                scanned = length;
                if (!fill()) {
                    return false;
                }
            }
        }

        /**
         * Where a line feed followed by "From " is, from {@code from}; -1 when not in what was read. Searched
         * by the JDK's string search over windows of the bytes read as ISO-8859-1, one character per byte.
         */
        private int indexOfSeparator(int from) {
            int start = Math.max(0, from - 1);
            while (length - start >= SEPARATOR.length()) {
                int window = Math.min(WINDOW, length - start);
                int found = new String(buffer, start, window, StandardCharsets.ISO_8859_1).indexOf(SEPARATOR);
                if (found >= 0) {
                    return start + found;
                }
                if (start + window == length) {
                    return -1;
                }
                start += window - (SEPARATOR.length() - 1); // a separator may straddle two windows
            }
            return -1;
        }

        /** Reads the next chunk; false when the stream is longer than the limit. */
        private boolean fill() throws IOException {
            if (buffer.length - length < CHUNK) {
                buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, length + CHUNK));
            }
            int n = in.read(buffer, length, CHUNK);
            if (n < 0) {
                end = true;
                return true;
            }
            length += n;
            total += n;
            return total <= limit;
        }

        /** Drops the first {@code count} bytes. */
        private void shift(int count) {
            System.arraycopy(buffer, count, buffer, 0, length - count);
            length -= count;
        }
    }

    /** The message in {@code bytes[start, end)}, its quoted "From " lines unquoted. */
    private static byte[] unquoted(byte[] bytes, int start, int end) {
        String text = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        int quoted = nextQuotedFrom(text, 0);
        if (quoted < 0) {
            return Arrays.copyOfRange(bytes, start, end);
        }
        var out = new ByteArrayOutputStream(end - start);
        int from = 0;
        while (quoted >= 0) {
            out.write(bytes, start + from, quoted - from);
            from = quoted + 1; // one '>' less
            int newline = text.indexOf('\n', from);
            quoted = newline < 0 ? -1 : nextQuotedFrom(text, newline + 1);
        }
        out.write(bytes, start + from, text.length() - from);
        return out.toByteArray();
    }

    /** Where the next line of {@code >From } ({@code >>From }, …) starts, from the line at {@code from}; or -1. */
    private static int nextQuotedFrom(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            int j = lineStart;
            while (j < text.length() && text.charAt(j) == '>') {
                j++;
            }
            if (j > lineStart && text.startsWith("From ", j)) {
                return lineStart;
            }
            // the next line that starts with '>' (the line at lineStart may itself be empty: its own line feed)
            int newline = text.indexOf("\n>", lineStart);
            if (newline < 0) {
                return -1;
            }
            lineStart = newline + 1;
        }
        return -1;
    }

    private static boolean startsWithFrom(byte[] b, int i, int length) {
        return i + 5 <= length
                && b[i] == 'F'
                && b[i + 1] == 'r'
                && b[i + 2] == 'o'
                && b[i + 3] == 'm'
                && b[i + 4] == ' ';
    }
}
