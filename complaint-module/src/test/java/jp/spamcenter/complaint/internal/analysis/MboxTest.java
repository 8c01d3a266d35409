package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MboxTest {

    @Test
    void messagesBetweenFromLinesWithQuotedFromLinesUnquoted() {
        String mbox = "From a@x Mon Jan 1 00:00:00 2026\nSubject: one\n\n>From the start\nbody\n\n"
                + "From b@x Mon Jan 1 00:00:01 2026\nSubject: two\n\n>>From twice\n";
        assertThat(split(mbox))
                .containsExactly("Subject: one\n\nFrom the start\nbody\n\n", "Subject: two\n\n>From twice\n");
    }

    @Test
    void aSingleMessageStaysWhole() {
        assertThat(split("Subject: x\n\nFrom here on\n")).containsExactly("Subject: x\n\nFrom here on\n");
    }

    @Test
    void splitsAsTheLineByLineDefinitionSays() throws Exception {
        var random = new Random(4155);
        String[] lines = {
            "From a\n",
            ">From b\n",
            ">>From c\n",
            "text\n",
            "\n",
            ">quote\n",
            "From",
            "x",
            "a longer line of text, past eight\n",
            "\n>",
            "From\n"
        };
        for (int n = 0; n < 5_000; n++) {
            var s = new StringBuilder("From first\n");
            for (int k = random.nextInt(30); k > 0; k--) {
                s.append(lines[random.nextInt(lines.length)]);
            }
            byte[] bytes = s.toString().getBytes(StandardCharsets.ISO_8859_1);
            List<String> expected = lineByLine(bytes).stream()
                    .map(m -> new String(m, StandardCharsets.ISO_8859_1))
                    .toList();
            assertThat(split(s.toString())).as("%s", s).isEqualTo(expected);
            // the same when the stream arrives a few bytes at a time (separators cut between reads)
            assertThat(Mbox.read(new Trickle(bytes, 1 + random.nextInt(4)), Long.MAX_VALUE).orElseThrow().stream()
                            .map(m -> new String(m, StandardCharsets.ISO_8859_1))
                            .toList())
                    .as("%s", s)
                    .isEqualTo(expected);
        }
    }

    @Test
    void lineFeedsAreFoundEightBytesAtATimeWhereTheyAre() {
        var random = new Random(77);
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                // line feeds among bytes that differ from it by one bit, and high bytes (borrows across lanes)
                int pick = random.nextInt(6);
                bytes[i] = (byte)
                        (pick == 0
                                ? '\n'
                                : pick == 1 ? 0x0B : pick == 2 ? 0x8A : pick == 3 ? 0x09 : random.nextInt(256));
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int to = from + random.nextInt(bytes.length - from + 1);
            int expected = -1;
            for (int i = from; i < to; i++) {
                if (bytes[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertThat(Mbox.indexOfLineFeed(bytes, from, to)).isEqualTo(expected);
        }
    }

    @Test
    void aStreamLongerThanTheLimitIsRefused() throws Exception {
        byte[] mbox = "From a\nSubject: x\n\nbody\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Mbox.read(new java.io.ByteArrayInputStream(mbox), mbox.length))
                .isPresent();
        assertThat(Mbox.read(new java.io.ByteArrayInputStream(mbox), mbox.length - 1))
                .isEmpty();
    }

    @Test
    void aLargeBatchIsReadWhole() throws Exception {
        var mbox = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            mbox.append("From partner@monitor.test\nX-Number: ")
                    .append(i)
                    .append("\n\n")
                    .append("x".repeat(20_000))
                    .append('\n');
        }
        List<String> messages = split(mbox.toString());
        assertThat(messages).hasSize(200);
        assertThat(messages.get(137)).startsWith("X-Number: 137\n\nxxx").hasSize(20_000 + 16);
    }

    /** A stream that gives at most a few bytes per read, as a slow network does. */
    private static final class Trickle extends java.io.InputStream {

        private final byte[] bytes;
        private final int most;
        private int at;

        Trickle(byte[] bytes, int most) {
            this.bytes = bytes;
            this.most = most;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, most), bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }
    }

    private static List<String> split(String mbox) {
        return Mbox.split(mbox.getBytes(StandardCharsets.ISO_8859_1)).stream()
                .map(m -> new String(m, StandardCharsets.ISO_8859_1))
                .toList();
    }

    /** mboxrd read one line at a time: every line that starts with "From " starts a message. */
    private static List<byte[]> lineByLine(byte[] bytes) {
        var messages = new ArrayList<byte[]>();
        var current = new ByteArrayOutputStream();
        int lineStart = 0;
        boolean first = true;
        while (lineStart < bytes.length) {
            int lineEnd = lineStart;
            while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
                lineEnd++;
            }
            int next = Math.min(bytes.length, lineEnd + 1);
            String line = new String(bytes, lineStart, next - lineStart, StandardCharsets.ISO_8859_1);
            if (line.startsWith("From ")) {
                if (!first) {
                    messages.add(current.toByteArray());
                    current.reset();
                }
                first = false;
            } else if (line.matches("(?s)>+From .*")) {
                current.write(bytes, lineStart + 1, next - lineStart - 1);
            } else {
                current.write(bytes, lineStart, next - lineStart);
            }
            lineStart = next;
        }
        messages.add(current.toByteArray());
        return messages;
    }
}
