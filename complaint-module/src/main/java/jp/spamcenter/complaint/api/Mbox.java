package jp.spamcenter.complaint.api;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Splits an mbox file into its messages (mboxrd: ">From " lines unquoted); a single message stays whole. */
public final class Mbox {

    private Mbox() {}

    public static List<byte[]> split(byte[] bytes) {
        if (!startsWithFrom(bytes, 0)) {
            return List.of(bytes);
        }
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
            if (startsWithFrom(bytes, lineStart)) {
                if (!first) {
                    messages.add(current.toByteArray());
                    current.reset();
                }
                first = false;
            } else if (isQuotedFrom(bytes, lineStart)) {
                current.write(bytes, lineStart + 1, next - lineStart - 1);
            } else {
                current.write(bytes, lineStart, next - lineStart);
            }
            lineStart = next;
        }
        messages.add(current.toByteArray());
        return messages;
    }

    private static boolean startsWithFrom(byte[] b, int i) {
        return i + 5 <= b.length
                && b[i] == 'F'
                && b[i + 1] == 'r'
                && b[i + 2] == 'o'
                && b[i + 3] == 'm'
                && b[i + 4] == ' ';
    }

    private static boolean isQuotedFrom(byte[] b, int i) {
        int j = i;
        while (j < b.length && b[j] == '>') {
            j++;
        }
        return j > i && startsWithFrom(b, j);
    }
}
