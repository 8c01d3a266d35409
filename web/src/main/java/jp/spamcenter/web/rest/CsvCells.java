package jp.spamcenter.web.rest;

/**
 * A text cell of a CSV download that a spreadsheet would take for a formula ({@code = + - @}, or a tab or
 * carriage return before one) is written with a leading apostrophe, so that Excel and LibreOffice show it as
 * text: a sender's name or a URL from a spam message must never run as a formula on a manager's machine
 * (CWE-1236). Numbers are written as they are, negative ones included.
 */
public final class CsvCells {

    private CsvCells() {}

    public static Object neutral(Object cell) {
        if (!(cell instanceof CharSequence text) || text.length() == 0) {
            return cell;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> cell;
        };
    }
}
