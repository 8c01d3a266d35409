package jp.spamcenter.complaint.internal.analysis;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/** A header's value as text: unfolded, raw 8-bit bytes decoded by guess, RFC 2047 encoded words decoded. */
final class HeaderText {

    static final int MAX_VALUE = 16 * 1024;

    private HeaderText() {}

    static String of(Field field) {
        if (field == null) {
            return null;
        }
        ByteSequence raw = field.getRaw();
        String value;
        if (raw != null) {
            byte[] bytes = raw.toByteArray();
            int colon = indexOf(bytes, (byte) ':');
            int from = colon + 1;
            value = JapaneseCharsets.isPlainAscii(bytes, from)
                    ? new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1)
                    : JapaneseCharsets.decode(Arrays.copyOfRange(bytes, from, bytes.length), null);
        } else {
            value = field.getBody();
        }
        return decodeWords(value);
    }

    /** Unfolds, decodes encoded words, and caps the length. */
    static String decodeWords(String value) {
        if (value == null) {
            return null;
        }
        String unfolded = unfold(value).strip();
        if (unfolded.length() > MAX_VALUE) {
            unfolded = unfolded.substring(0, MAX_VALUE);
        }
        if (!unfolded.contains("=?")) {
            return unfolded; // no encoded words
        }
        String decoded = DecoderUtil.decodeEncodedWords(unfolded, DecodeMonitor.SILENT);
        // encoded words that declare ISO-2022-JP but carry the Microsoft extensions decode with the superset
        return decoded.indexOf('\ufffd') >= 0 && unfolded.toLowerCase().contains("=?iso-2022-jp?")
                ? DecoderUtil.decodeEncodedWords(
                        unfolded.replaceAll("(?i)=\\?iso-2022-jp\\?", "=?x-windows-iso2022jp?"), DecodeMonitor.SILENT)
                : decoded;
    }

    /** A line break followed by blanks (a fold) as one space; other line breaks dropped. */
    static String unfold(String value) {
        int first = value.indexOf('\n');
        int cr = value.indexOf('\r');
        if (cr >= 0 && (first < 0 || cr < first)) {
            first = cr;
        }
        if (first < 0) {
            return value;
        }
        var out = new StringBuilder(value.length());
        out.append(value, 0, first);
        int length = value.length();
        for (int i = first; i < length; i++) {
            char c = value.charAt(i);
            if (c != '\r' && c != '\n') {
                out.append(c);
                continue;
            }
            int newline = c == '\r' && i + 1 < length && value.charAt(i + 1) == '\n' ? i + 1 : i;
            int blanks = newline + 1;
            while (blanks < length && (value.charAt(blanks) == ' ' || value.charAt(blanks) == '\t')) {
                blanks++;
            }
            if (value.charAt(newline) == '\n' && blanks > newline + 1) {
                out.append(' ');
                i = blanks - 1;
            }
        }
        return out.toString();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
