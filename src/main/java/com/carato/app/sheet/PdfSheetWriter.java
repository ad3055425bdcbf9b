package com.carato.app.sheet;

import com.carato.app.present.AppraisalPresentation;
import com.carato.app.present.AppraisalPresentation.ComparableRow;
import com.carato.app.present.AppraisalPresentation.WaterfallRow;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Appraisal;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;

/**
 * The appraisal sheet a jeweller hands over, in the user's language: the shop's letterhead (name,
 * address, logo), the sheet's number and date, the stone, its estimated value and range, notes,
 * how the price was reached, what each characteristic adds, the comparable stones, the validity
 * date and a signature line. A4; long texts wrap and run onto further pages ("Page i of n"). All
 * texts come from {@link AppraisalPresentation}, the same as on screen.
 */
public final class PdfSheetWriter implements SheetWriter {

    private final Messages messages;
    private final ShopDetails shop;

    public PdfSheetWriter(Messages messages, ShopDetails shop) {
        this.messages = messages;
        this.shop = shop;
    }

    @Override
    public byte[] render(Appraisal a, SheetId id, Instant date) throws IOException {
        AppraisalPresentation present = new AppraisalPresentation(messages);
        String number = id.sheetNumber();
        String numberLine = id.registerNumber().isPresent()
                ? messages.format("sheet.number.register", number, id.registerNumber().getAsLong(), present.day(date))
                : messages.format("sheet.number", number, present.day(date));
        try (PDDocument document = new PDDocument()) {
            info(document, a, number, date);
            String head = shop.name().isEmpty() ? messages.get("sheet.title") + " · " + numberLine
                    : shop.name() + " · " + messages.get("sheet.title") + " · " + numberLine;
            try (SheetPages pages = new SheetPages(document, head)) {
                letterhead(document, pages, numberLine);
                body(pages, present, a, date);
                pages.finish((i, n) -> messages.format("sheet.page", i, n), numberLine);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void info(PDDocument document, Appraisal a, String number, Instant date) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(messages.get("sheet.title") + " " + number);
        info.setAuthor(shop.name().isEmpty() ? null : shop.name());
        info.setCreator("Carato");
        // which model priced the stone: kept for the shop, not printed for the client
        info.setKeywords("model " + a.model().id());
        Calendar created = Calendar.getInstance();
        created.setTimeInMillis(date.toEpochMilli());
        info.setCreationDate(created);
    }

    /** Logo and shop on the left, title and number on the right, then a rule. */
    private void letterhead(PDDocument document, SheetPages pages, String numberLine) throws IOException {
        float top = pages.top();
        float x = pages.left();
        float logoBottom = top;
        if (shop.logoFile().isPresent()) {
            PDImageXObject logo = logo(document, shop.logoFile().get());
            float scale = Math.min(110f / logo.getWidth(), 56f / logo.getHeight());
            float w = logo.getWidth() * scale;
            float h = logo.getHeight() * scale;
            pages.stream().drawImage(logo, x, top - h, w, h);
            x += w + 12;
            logoBottom = top - h;
        }
        float leftWidth = pages.width() * 0.62f - (x - pages.left());
        float y = top;
        if (!shop.name().isEmpty()) {
            for (String line : pages.wrap(pages.bold, 14, shop.name(), leftWidth)) {
                y -= 14 * SheetPages.LEADING;
                pages.text(pages.bold, 14, x, y + 3, line);
            }
        }
        for (String address : shop.addressLines()) {
            for (String line : pages.wrap(pages.regular, 9, address, leftWidth)) {
                y -= 9 * SheetPages.LEADING;
                pages.text(pages.regular, 9, x, y, line);
            }
        }
        float rightWidth = pages.width() * 0.36f;
        float ry = top;
        for (String line : pages.wrap(pages.bold, 16, messages.get("sheet.title"), rightWidth)) {
            ry -= 16 * SheetPages.LEADING;
            pages.textRight(pages.bold, 16, pages.right(), ry + 4, line);
        }
        ry -= 10 * SheetPages.LEADING;
        pages.textRight(pages.regular, 10, pages.right(), ry, numberLine);
        pages.moveTo(Math.min(Math.min(y, ry), logoBottom) - 10);
        pages.rule(0.8f, 0.55f);
        pages.gap(6);
    }

    private static PDImageXObject logo(PDDocument document, Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("the shop logo " + file + " cannot be read (Settings → Shop details…)");
        }
        try {
            return PDImageXObject.createFromFileByContent(file.toFile(), document);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("the shop logo " + file + " is not a PNG or JPEG image (Settings → Shop details…)", e);
        }
    }

    private void body(SheetPages pages, AppraisalPresentation present, Appraisal a, Instant date) throws IOException {
        heading(pages, messages.get("sheet.stone"));
        pages.paragraph(pages.regular, 11, present.description(a.diamond()), 0);
        pages.paragraph(pages.regular, 9.5f, present.measurements(a.diamond()), 0);

        heading(pages, messages.get("sheet.value"));
        pages.paragraph(pages.bold, 22, present.price(a), 0);
        pages.gap(2);
        pages.paragraph(pages.regular, 10, messages.format("sheet.range", present.range(a)), 0);

        List<String> warnings = present.warnings(a);
        if (!warnings.isEmpty()) {
            heading(pages, messages.get("sheet.notes"));
            for (String w : warnings) {
                bullet(pages, w);
            }
        }
        List<String> steps = present.pathSteps(a);
        if (!steps.isEmpty()) {
            heading(pages, messages.get("sheet.path"));
            int n = 1;
            for (String step : steps) {
                pages.paragraph(pages.regular, 10, n++ + ". " + step, 8);
            }
            java.util.Optional<String> leaf = present.pathLeaf(a, "sheet.path.leaf");
            if (leaf.isPresent()) {
                pages.paragraph(pages.regular, 9, leaf.get(), 8);
            }
        }
        List<WaterfallRow> rows = present.waterfall(a);
        if (!rows.isEmpty()) {
            heading(pages, messages.get("appraise.contributions"));
            float[] xs = {8, 170, -400};
            for (WaterfallRow row : rows) {
                PDFont font = row.total() ? pages.bold : pages.regular;
                pages.row(font, 10, List.of(row.label(), row.value(), row.amount()), xs);
            }
        }
        List<ComparableRow> comparables = present.comparables(a);
        if (!comparables.isEmpty()) {
            heading(pages, messages.get("sheet.comparables"));
            comparablesTable(pages, present.comparableHeaders(), comparables);
        }
        // the closing block (disclaimer, validity, signature) stays together on one page
        String disclaimer = messages.format("sheet.disclaimer", Math.round(a.range().coverage() * 100));
        String validity = messages.format("sheet.validUntil",
                present.day(date.plus(Duration.ofDays(shop.validityDays()))));
        float closing = pages.wrap(pages.regular, 9, disclaimer, pages.width()).size() * 9 * SheetPages.LEADING
                + pages.wrap(pages.bold, 10, validity, pages.width()).size() * 10 * SheetPages.LEADING + SIGNATURE;
        pages.gap(12);
        pages.ensure(closing);
        pages.paragraph(pages.regular, 9, disclaimer, 0);
        pages.paragraph(pages.bold, 10, validity, 0);
        signature(pages);
    }

    /** Height of the signature block: room to sign, the line and its caption. */
    private static final float SIGNATURE = 46;

    private static final float[] COMPARABLE_XS = {0, 56, 140, 205, 270, 350, -495};

    private void comparablesTable(SheetPages pages, List<String> headers, List<ComparableRow> rows) throws IOException {
        float[] xs = COMPARABLE_XS.clone();
        xs[xs.length - 1] = -pages.width();
        for (int i = 0; i < rows.size(); i++) {
            int before = pages.pageCount();
            pages.ensure(2 * 9 * SheetPages.ROW_LEADING + 4);
            if (i == 0 || pages.pageCount() != before) {
                pages.row(pages.bold, 9, headers, xs);
                pages.gap(3);
                pages.rule(0.4f, 0.7f);
            }
            pages.row(pages.regular, 9, rows.get(i).cells(), xs);
        }
    }

    private void heading(SheetPages pages, String text) throws IOException {
        pages.gap(8);
        pages.ensure(12 * SheetPages.LEADING + 3 * 10 * SheetPages.LEADING);
        pages.paragraph(pages.bold, 12, text, 0);
        pages.gap(2);
    }

    private static void bullet(SheetPages pages, String text) throws IOException {
        List<String> lines = pages.wrap(pages.regular, 10, text, pages.width() - 14);
        for (int i = 0; i < lines.size(); i++) {
            pages.ensure(10 * SheetPages.LEADING);
            pages.gap(10 * SheetPages.LEADING);
            if (i == 0) {
                pages.text(pages.regular, 10, pages.left() + 2, pages.y(), "•");
            }
            pages.text(pages.regular, 10, pages.left() + 14, pages.y(), lines.get(i));
        }
        pages.gap(2);
    }

    /** A line to sign on, with the appraiser's title under it, kept together on one page. */
    private void signature(SheetPages pages) throws IOException {
        pages.ensure(SIGNATURE);
        pages.gap(SIGNATURE - 16);
        float lineEnd = pages.left() + 220;
        pages.stream().setLineWidth(0.6f);
        pages.stream().moveTo(pages.left(), pages.y());
        pages.stream().lineTo(lineEnd, pages.y());
        pages.stream().stroke();
        pages.gap(11);
        pages.text(pages.regular, 9, pages.left(), pages.y(), messages.format("sheet.signature"));
        if (!shop.name().isEmpty()) {
            pages.textRight(pages.regular, 9, pages.right(), pages.y(), shop.name());
        }
    }
}
