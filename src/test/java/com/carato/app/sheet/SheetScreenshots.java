package com.carato.app.sheet;

import com.carato.app.ui.common.Messages;
import com.carato.domain.Appraisal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Locale;

/**
 * Renders the sheet's pages in English and Italian to PNG (docs/screenshots/sheet-en.png,
 * sheet-it.png, and the Italian sheet's second page when it has one), with the test model, a
 * sample shop and logo. Run by hand, see docs/architecture.md.
 */
public final class SheetScreenshots {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path work = Files.createTempDirectory("carato-sheet");
        Path logo = ShopLogos.importLogo(SheetSamples.logo(work), work.resolve("shop"));
        Appraisal a = SheetSamples.appraisal();
        render(new PdfSheetWriter(new Messages(Locale.ENGLISH), SheetSamples.englishShop(logo))
                .render(a, SheetSamples.NUMBER, SheetSamples.DATE), out, "sheet-en");
        // a real appraisal with a real warning: the depth typed disagrees with the measurements
        Appraisal warned = com.carato.service.TestModels.appraiser().appraise(new com.carato.domain.Diamond(1.01,
                com.carato.domain.Cut.IDEAL, com.carato.domain.Color.G, com.carato.domain.Clarity.VS1, 64.0, 57, 6.43,
                6.47, 3.99));
        render(new PdfSheetWriter(new Messages(Locale.ITALIAN), SheetSamples.italianShop(logo))
                .render(warned, SheetSamples.NUMBER, SheetSamples.DATE), out, "sheet-it");
    }

    private static void render(byte[] pdf, Path out, String name) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                Path file = out.resolve(name + (i == 0 ? "" : "-page" + (i + 1)) + ".png");
                ImageIO.write(renderer.renderImageWithDPI(i, 110), "png", file.toFile());
                System.out.println(file + " (" + document.getNumberOfPages() + " pages)");
            }
        }
    }

}
