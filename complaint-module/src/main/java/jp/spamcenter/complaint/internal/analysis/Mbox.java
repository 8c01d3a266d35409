package jp.spamcenter.complaint.internal.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
        /** Whether a line of the message being read starts with '>' (it may be a quoted "From " line). */
        private boolean quotedLines;

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
                    messages.add(quotedLines ? unquoted(buffer, 0, separator + 1) : copy(0, separator + 1));
                    quotedLines = false;
                    shift(separator + 1);
                    scanned = 0;
                    if (!nextMessage()) {
                        return false;
                    }
                    continue;
                }
                if (end) {
                    messages.add(quotedLines ? unquoted(buffer, 0, length) : copy(0, length));
                    return true;
                }
                scanned = Math.max(0, length - 6); // a separator may be cut by the end of what was read
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
                int lineFeed = indexOfLineFeed(buffer, scanned, length);
                if (lineFeed >= 0) {
                    shift(lineFeed + 1);
                    return true;
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
         * Where a line feed followed by "From " is, from {@code from}; -1 when not in what was read. Notes a
         * line that starts with '>' on the way ({@link #quotedLines}): only then does the message need unquoting.
         */
        private int indexOfSeparator(int from) {
            int i = Math.max(0, from - 1);
            if (from == 0 && length > 0 && buffer[0] == '>') {
                quotedLines = true; // the message's first line
            }
            while ((i = indexOfLineFeed(buffer, i, length)) >= 0) {
                if (i + 5 >= length) {
                    return -1; // what follows the line feed is not read yet: searched again after the next fill
                }
                if (buffer[i + 1] == '>') {
                    quotedLines = true;
                } else if (startsWithFrom(buffer, i + 1, length)) {
                    return i;
                }
                i++;
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

        private byte[] copy(int from, int to) {
            return Arrays.copyOfRange(buffer, from, to);
        }

        /** Drops the first {@code count} bytes. */
        private void shift(int count) {
            System.arraycopy(buffer, count, buffer, 0, length - count);
            length -= count;
        }
    }

    /** The message in {@code bytes[start, end)}, its quoted "From " lines unquoted. */
    private static byte[] unquoted(byte[] bytes, int start, int end) {
        var out = new ByteArrayOutputStream(end - start);
        int from = start;
        int line = start;
        while (line < end) {
            int next = indexOfLineFeed(bytes, line, end);
            next = next < 0 ? end : next + 1;
            int j = line;
            while (j < next && bytes[j] == '>') {
                j++;
            }
            if (j > line && startsWithFrom(bytes, j, next)) {
                out.write(bytes, from, line - from);
                from = line + 1; // one '>' less
            }
            line = next;
        }
        out.write(bytes, from, end - from);
        return out.toByteArray();
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * Where the next line feed in {@code b[from, to)} is, or -1. Eight bytes at a time: a byte of {@code x}
     * is zero where the byte was a line feed, and {@code (x - ONES) & ~x & HIGHS} sets the high bit of the
     * lowest such byte (higher ones may be false alarms, but the lowest is exact).
     */
    static int indexOfLineFeed(byte[] b, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(b, i) ^ LINE_FEEDS;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
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
