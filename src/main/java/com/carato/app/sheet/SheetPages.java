package com.carato.app.sheet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A4 pages written top-down: text wraps at the margins, a block that does not fit starts a new
 * page, and every page gets a footer "Page i of n" once the last page is known. Text is set in
 * DejaVu Sans, embedded (subset), so every character prints as written; a character the font
 * lacks becomes "?" instead of failing the sheet.
 */
final class SheetPages implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 50;
    static final float BOTTOM = 62;
    static final float LEADING = 1.35f;
    static final float ROW_LEADING = 1.5f;

    private final PDDocument document;
    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private final String runningHead;
    private PDPageContentStream out;
    private float y;

    SheetPages(PDDocument document, String runningHead) throws IOException {
        this.document = document;
        this.regular = font(document, "DejaVuSans.ttf");
        this.bold = font(document, "DejaVuSans-Bold.ttf");
        this.runningHead = runningHead;
        newPage();
    }

    private static PDFont font(PDDocument document, String name) throws IOException {
        try (InputStream in = SheetPages.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IOException("font " + name + " is missing from the application");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return SIZE.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    float top() {
        return SIZE.getHeight() - MARGIN;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void gap(float points) {
        y -= points;
    }

    /** Starts a new page when fewer than {@code height} points are left on this one. */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        pages.add(page);
        out = new PDPageContentStream(document, page);
        y = top();
        if (pages.size() > 1) {
            text(regular, 8, left(), y - 8, runningHead);
            y -= 24;
        }
    }

    /** Writes {@code text} wrapped to the width from {@code indent}, one line after the other. */
    void paragraph(PDFont font, float size, String text, float indent) throws IOException {
        for (String line : wrap(font, size, text, width() - indent)) {
            ensure(size * LEADING);
            y -= size * LEADING;
            text(font, size, left() + indent, y, line);
        }
    }

    /** One line of cells: each cell at its x, right-aligned when its x is negative (then |x| is its right end). */
    void row(PDFont font, float size, List<String> cells, float[] xs) throws IOException {
        ensure(size * ROW_LEADING);
        y -= size * ROW_LEADING;
        for (int i = 0; i < cells.size(); i++) {
            if (xs[i] < 0) {
                textRight(font, size, left() - xs[i], y, cells.get(i));
            } else {
                text(font, size, left() + xs[i], y, cells.get(i));
            }
        }
    }

    void rule(float thickness, float grey) throws IOException {
        out.setLineWidth(thickness);
        out.setStrokingColor(grey);
        out.moveTo(left(), y);
        out.lineTo(right(), y);
        out.stroke();
        out.setStrokingColor(0f);
    }

    PDPageContentStream stream() {
        return out;
    }

    void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(printable(font, text));
        out.endText();
    }

    void textRight(PDFont font, float size, float rightEnd, float baseline, String text) throws IOException {
        text(font, size, rightEnd - width(font, size, text), baseline, text);
    }

    float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /**
     * The lines of {@code text} no wider than {@code width}: broken at spaces (a no-break space
     * holds its neighbours together), a word too long for a line broken between characters.
     */
    List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(font, size, rest) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with controls as spaces and each character the font cannot show as "?". */
    private String printable(PDFont font, String text) {
        Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                s.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canEncode(font, c))) {
                s.appendCodePoint(cp);
            } else {
                s.append('?');
            }
        });
        return s.toString();
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the last page and writes each page's footer ({@code footer} gets page number and count). */
    void finish(BiFunction<Integer, Integer, String> footer, String footerLeft) throws IOException {
        out.close();
        out = null;
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                PDPageContentStream saved = out;
                out = foot;
                float baseline = BOTTOM - 28;
                text(regular, 8, left(), baseline, footerLeft);
                textRight(regular, 8, right(), baseline, footer.apply(i + 1, n));
                out = saved;
            }
        }
    }

    int pageCount() {
        return pages.size();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
