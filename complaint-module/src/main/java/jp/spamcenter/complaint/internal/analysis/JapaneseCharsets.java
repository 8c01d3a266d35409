package jp.spamcenter.complaint.internal.analysis;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of a Japanese (or any) message part into text: the declared charset read as its usual
 * superset (Shift_JIS as Windows-31J, ISO-2022-JP with the Microsoft extensions), and, where nothing or a
 * wrong charset is declared, a guess among UTF-8, ISO-2022-JP, Shift_JIS and EUC-JP by which decodes cleanly.
 */
final class JapaneseCharsets {

    /** Declared names mapped to the superset that real Japanese mail needs (①, ㈱, ～ and the like). */
    private static final Map<String, String> SUPERSETS = Map.of(
            "shift_jis", "windows-31j",
            "shift-jis", "windows-31j",
            "sjis", "windows-31j",
            "x-sjis", "windows-31j",
            "cp932", "windows-31j",
            "iso-2022-jp", "x-windows-iso2022jp",
            "csiso2022jp", "x-windows-iso2022jp",
            "euc-jp", "x-eucJP-Open",
            "x-euc-jp", "x-eucJP-Open");

    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final Charset ISO_2022_JP = Charset.forName("x-windows-iso2022jp");
    private static final Charset EUC_JP = Charset.forName("x-eucJP-Open");

    private JapaneseCharsets() {}

    /** The text of the bytes, decoded by the declared charset when it fits, else by the best guess. */
    static String decode(byte[] bytes, String declared) {
        Charset charset = declaredCharset(declared);
        if (charset != null && !isAsciiOnly(charset)) {
            String strict = strictDecode(bytes, charset);
            if (strict != null) {
                return strict;
            }
        }
        if (charset != null && isAsciiOnly(charset) && isPlainAscii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        return new String(bytes, guess(bytes));
    }

    /** The charset whose strict decoding of the bytes fails least, preferring UTF-8. */
    static Charset guess(byte[] bytes) {
        if (containsEscapeSequence(bytes)) {
            return ISO_2022_JP;
        }
        if (isPlainAscii(bytes) || strictDecode(bytes, StandardCharsets.UTF_8) != null) {
            return StandardCharsets.UTF_8;
        }
        boolean sjis = strictDecode(bytes, SHIFT_JIS) != null;
        boolean euc = strictDecode(bytes, EUC_JP) != null;
        if (sjis && !euc) {
            return SHIFT_JIS;
        }
        if (euc && !sjis) {
            return EUC_JP;
        }
        // both (or neither) decode: count the kana and common kanji each reading yields
        return japaneseScore(new String(bytes, EUC_JP)) > japaneseScore(new String(bytes, SHIFT_JIS))
                ? EUC_JP
                : SHIFT_JIS;
    }

    private static Charset declaredCharset(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String name = declared.strip().toLowerCase(Locale.ROOT).replace("\"", "");
        try {
            return Charset.forName(SUPERSETS.getOrDefault(name, name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Whether text in the declared charset (or in any the guess can choose, when none is declared) writes ASCII
     * as ASCII bytes and never uses a byte below 0x80 inside another character's bytes (the second byte of
     * Shift_JIS can be a letter, but never one of {@code <>"'=} or white space); ISO-2022-JP is excluded by
     * {@link #containsEscape}.
     */
    static boolean keepsAscii(String declared) {
        if (declared == null || declared.isBlank()) {
            return true;
        }
        Charset charset = declaredCharset(declared);
        if (charset == null) {
            return true; // unknown names are guessed
        }
        String name = charset.name().toLowerCase(Locale.ROOT);
        return charset.equals(StandardCharsets.UTF_8)
                || charset.equals(SHIFT_JIS)
                || charset.equals(EUC_JP)
                || name.equals("shift_jis")
                || name.equals("euc-jp")
                || name.equals("us-ascii")
                || name.startsWith("iso-8859-")
                || name.startsWith("windows-125");
    }

    /** Whether the bytes hold an escape character (ISO-2022-JP switches its character sets with them). */
    static boolean containsEscape(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0x1b) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiOnly(Charset charset) {
        return charset.equals(StandardCharsets.US_ASCII);
    }

    /** The text, or null when the bytes are not valid in the charset. */
    private static String strictDecode(byte[] bytes, Charset charset) {
        // the usual case first: the String constructor is fast, and it marks every bad byte with U+FFFD
        String replacing = new String(bytes, charset);
        if (replacing.indexOf('\ufffd') < 0) {
            return replacing;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isPlainAscii(byte[] bytes) {
        return isPlainAscii(bytes, 0);
    }

    /** ASCII without escapes (which would start ISO-2022-JP) from {@code from} on. */
    static boolean isPlainAscii(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] < 0 || bytes[i] == 0x1b) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsEscapeSequence(byte[] bytes) {
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == 0x1b && bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@')) {
                return true;
            }
        }
        return false;
    }

    private static int japaneseScore(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u3041' && c <= '\u3096')
                    || (c >= '\u30a1' && c <= '\u30fa')
                    || c == '\u3001'
                    || c == '\u3002') {
                score += 2;
            } else if (c >= '\u4e00' && c <= '\u9fff') {
                score += 1;
            } else if (c == '\ufffd' || (c >= '\uff61' && c <= '\uff9f')) {
                score -= 1; // replacement characters and half-width kana are rare in real text
            }
        }
        return score;
    }
}
