package com.carato.app.sheet;

import com.carato.app.ui.appraise.PathTexts;
import com.carato.app.ui.appraise.SheetWriter;
import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Appraisal;
import com.carato.domain.AppraisalWarning;
import com.carato.domain.Contribution;
import com.carato.domain.Diamond;
import com.carato.domain.PathStep;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Calendar;
import java.util.MissingResourceException;

/**
 * The appraisal sheet: one A4 page with the sheet's number and date, the stone, the price and its
 * range, the decision path, the dollar contributions, the warnings and the model that priced it.
 * Written with PDFBox into a temporary file, then moved into place.
 */
public final class PdfSheetWriter implements SheetWriter {

    private static final float MARGIN = 56;
    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final Messages messages;

    public PdfSheetWriter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void write(Appraisal a, String number, Instant date, Path file) throws IOException {
        Formats formats = new Formats(messages.locale());
        Path target = file.toAbsolutePath();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(messages.get("sheet.title") + " " + number);
            info.setCreator("Carato");
            Calendar created = Calendar.getInstance();
            created.setTimeInMillis(date.toEpochMilli());
            info.setCreationDate(created);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Writer w = new Writer(out, page.getMediaBox().getHeight() - MARGIN);
                w.line(BOLD, 18, messages.get("sheet.title"));
                w.line(REGULAR, 10, messages.format("sheet.number", number, formats.date(date)));
                w.gap(10);
                Diamond d = a.diamond();
                w.line(BOLD, 12, messages.get("sheet.stone"));
                w.line(REGULAR, 11, messages.format("appraise.describe", formats.number(d.carat(), 2), d.cut().label(),
                        d.color().label(), d.clarity().label()));
                w.line(REGULAR, 10, messages.format("sheet.measurements", formats.number(d.depth(), 1),
                        formats.number(d.table(), 1), formats.number(d.x(), 2), formats.number(d.y(), 2),
                        formats.number(d.z(), 2)));
                w.gap(10);
                w.line(BOLD, 24, formats.money(a.price()));
                w.line(REGULAR, 11, messages.format("appraise.range", formats.money(a.range().low()),
                        formats.money(a.range().high()), Math.round(a.range().coverage() * 100)));
                for (AppraisalWarning warning : a.warnings()) {
                    w.line(BOLD, 10, "! " + warning(warning));
                }
                if (a.path() != null) {
                    w.gap(10);
                    w.line(BOLD, 12, messages.get("appraise.path"));
                    int n = 1;
                    for (PathStep step : a.path().steps()) {
                        w.line(REGULAR, 10, "  " + n++ + ". " + PathTexts.of(step, messages));
                    }
                    w.line(REGULAR, 10, "  -> " + messages.format("appraise.path.leaf", a.path().leafSize(),
                            formats.money(a.path().leafLow()), formats.money(a.path().leafHigh()),
                            formats.money(a.path().leafPrice())));
                    w.gap(10);
                    w.line(BOLD, 12, messages.get("appraise.contributions"));
                    w.row(messages.get("appraise.baseline"), "", formats.money(a.baseline()));
                    for (Contribution c : a.contributions()) {
                        w.row(messages.get("field." + c.characteristic()), c.value(), formats.signedMoney(c.dollars()));
                    }
                    w.row(messages.get("appraise.thisStone"), "", formats.money(a.price()));
                }
                w.gap(14);
                w.line(REGULAR, 8, messages.format("appraise.model", a.model().id(), formats.date(a.model().created())));
                w.line(REGULAR, 8, messages.get("sheet.disclaimer"));
            }
            com.carato.service.SafeFiles.write(target, document::save);
        }
    }

    private String warning(AppraisalWarning w) {
        try {
            return messages.format("warning." + w.code(), w.args().toArray());
        } catch (MissingResourceException e) {
            return w.message();
        }
    }

    /** Writes lines top-down, with text the standard PDF fonts can encode. */
    private static final class Writer {
        private final PDPageContentStream out;
        private float y;

        Writer(PDPageContentStream out, float top) {
            this.out = out;
            this.y = top;
        }

        void gap(float points) {
            y -= points;
        }

        void line(PDFont font, float size, String text) throws IOException {
            y -= size * 1.35f;
            show(font, size, MARGIN, text);
        }

        void row(String label, String value, String amount) throws IOException {
            y -= 10 * 1.4f;
            show(REGULAR, 10, MARGIN + 10, label);
            show(REGULAR, 10, MARGIN + 170, value);
            float width = REGULAR.getStringWidth(encodable(amount)) / 1000 * 10;
            show(REGULAR, 10, MARGIN + 380 - width, amount);
        }

        private void show(PDFont font, float size, float x, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(encodable(text));
            out.endText();
        }
    }

    /** Replaces characters outside the standard fonts' encoding (WinAnsi) with plain equivalents. */
    static String encodable(String text) {
        String t = text.replace('−', '-').replace("→", "->").replace("≥", ">=").replace("≤", "<=")
                .replace('–', '-').replace("…", "...").replace('\u00a0', ' ').replace('\u202f', ' ');
        StringBuilder s = new StringBuilder();
        for (char c : t.toCharArray()) {
            s.append(c < 256 || c == '€' ? c : '?');
        }
        return s.toString();
    }
}
