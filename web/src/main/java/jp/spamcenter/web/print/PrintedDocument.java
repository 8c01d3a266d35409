package jp.spamcenter.web.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An A4 document written top to bottom: a title, headings, paragraphs wrapped to the page (Japanese wraps
 * between any two characters, other text between words), label–value lines and simple tables; pages are added
 * and numbered as needed. Characters the font lacks print as "?". Not thread-safe; one per document.
 */
public final class PrintedDocument implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.45f;
    private static final byte[] REGULAR = font("NotoSansJP-Regular.ttf");
    private static final byte[] BOLD = font("NotoSansJP-Bold.ttf");

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String footer;
    private PDPageContentStream page;
    private float y;
    private int pages;

    /** A new document; {@code footer} is printed with the page number at the foot of every page. */
    public PrintedDocument(String title, String footer) {
        try {
            regular = PDType0Font.load(document, new java.io.ByteArrayInputStream(REGULAR), true);
            bold = PDType0Font.load(document, new java.io.ByteArrayInputStream(BOLD), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.footer = footer;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Spam Complaint and Consultation Center");
    }

    public PrintedDocument title(String text) {
        write(bold, 16, text, 8);
        return this;
    }

    public PrintedDocument heading(String text) {
        space(6);
        write(bold, 12.5f, text, 4);
        return this;
    }

    /** Text with its line breaks kept and long lines wrapped. */
    public PrintedDocument paragraph(String text) {
        for (String line : (text == null ? "" : text).split("\r?\n", -1)) {
            write(regular, BODY, line, 0);
        }
        space(4);
        return this;
    }

    /** One "label: value" line (the value wraps under itself). */
    public PrintedDocument field(String label, String value) {
        write(regular, BODY, label + "：" + (value == null || value.isBlank() ? "—" : value), 0);
        return this;
    }

    /** A table with a bold header row; {@code widths} are fractions of the text width, one per column. */
    public PrintedDocument table(List<String> header, List<List<String>> rows, float[] widths) {
        space(2);
        row(bold, header, widths);
        for (List<String> row : rows) {
            row(regular, row, widths);
        }
        space(6);
        return this;
    }

    public PrintedDocument space(float points) {
        ensurePage(points);
        y -= points;
        return this;
    }

    public byte[] toBytes() {
        try {
            ensurePage(0);
            finishPage();
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (page != null) {
                page.close();
                page = null;
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(PDType0Font font, List<String> cells, float[] widths) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = wrap(font, BODY, printable(font, cells.get(i)), width * widths[i] - 6);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * BODY * LEADING;
        ensurePage(height);
        float x = MARGIN;
        for (int i = 0; i < wrapped.size(); i++) {
            float lineY = y;
            for (String line : wrapped.get(i)) {
                show(font, BODY, x, lineY - BODY, line);
                lineY -= BODY * LEADING;
            }
            x += width * widths[i];
        }
        y -= height;
    }

    private void write(PDType0Font font, float size, String text, float after) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (String line : wrap(font, size, printable(font, text), width)) {
            ensurePage(size * LEADING);
            show(font, size, MARGIN, y - size, line);
            y -= size * LEADING;
        }
        y -= after;
    }

    private void show(PDType0Font font, float size, float x, float baseline, String text) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, baseline);
            page.showText(text);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines that fit the width: breaks at spaces in Latin text, between any characters otherwise. */
    static List<String> wrap(PDType0Font font, float size, String text, float width) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        int lastSpace = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            line.appendCodePoint(cp);
            if (cp == ' ') {
                lastSpace = line.length();
            }
            if (width(font, size, line) > width && line.length() > 1) {
                String full = line.toString();
                int cut = lastSpace > 0 && Character.isLetterOrDigit(cp) && cp < 0x3000
                        ? lastSpace
                        : full.length() - Character.charCount(cp);
                lines.add(full.substring(0, cut).stripTrailing());
                line = new StringBuilder(full.substring(cut).stripLeading());
                lastSpace = -1;
            }
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDType0Font font, float size, CharSequence text) {
        try {
            return font.getStringWidth(text.toString()) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return Float.MAX_VALUE;
        }
    }

    /** The text with tabs as spaces and characters the font cannot show as "?". */
    static String printable(PDType0Font font, String text) {
        if (text == null) {
            return "";
        }
        String plain = text.replace('\t', ' ');
        try {
            font.encode(plain);
            return plain;
        } catch (IOException | IllegalArgumentException e) {
            var kept = new StringBuilder();
            plain.codePoints().forEach(cp -> {
                String one = new String(Character.toChars(cp));
                try {
                    font.encode(one);
                    kept.append(one);
                } catch (IOException | IllegalArgumentException missing) {
                    kept.append('?');
                }
            });
            return kept.toString();
        }
    }

    private void ensurePage(float needed) {
        if (page != null && y - needed >= MARGIN + 20) {
            return;
        }
        finishPage();
        try {
            var next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            pages++;
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishPage() {
        if (page == null) {
            return;
        }
        try {
            show(regular, 8, MARGIN, MARGIN - 10, printable(regular, footer + "  —  " + pages));
            page.close();
            page = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PrintedDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the print font " + name + " is not in the build (see src/build)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
