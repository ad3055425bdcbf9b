package com.carato.app.sheet;

import com.carato.domain.Appraisal;
import com.carato.domain.AppraisalWarning;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.ComparableStone;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.PricedStone;
import com.carato.service.TestModels;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Appraisals, shops and logos for the sheet's tests and screenshots. */
public final class SheetSamples {

    public static final Instant DATE = Instant.parse("2026-12-01T12:00:00Z");
    public static final String NUMBER = "CA-20261201-001";

    private SheetSamples() {
    }

    /** A real appraisal of the test model: 1.01 ct Ideal G VS1. */
    public static Appraisal appraisal() {
        return TestModels.appraiser().appraise(new Diamond(1.01, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 57, 6.43,
                6.47, 3.99));
    }

    /** Every warning the engine gives, with the longest arguments, each {@code times} times. */
    public static List<AppraisalWarning> everyWarning(int times) {
        List<AppraisalWarning> one = List.of(
                new AppraisalWarning("carat-above-range", "heavier", List.of("5.01", "149")),
                new AppraisalWarning("carat-below-range", "lighter", List.of("0.23", "35")),
                new AppraisalWarning("value-outside-range", "outside", List.of("depth", "79.5", "43.0", "79.0")),
                new AppraisalWarning("unseen-combination", "unseen", List.of("D", "I1")),
                new AppraisalWarning("weight-size-disagrees", "weight", List.of("1.41", "214", "0.45")),
                new AppraisalWarning("depth-disagrees", "depth", List.of("61.8", "70.3")));
        List<AppraisalWarning> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.addAll(one);
        }
        return all;
    }

    /** {@code n} comparable stones, heavier one after the other. */
    public static List<ComparableStone> comparables(int n) {
        Cut[] cuts = Cut.values();
        List<ComparableStone> stones = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double carat = 0.90 + i * 0.01;
            double scale = Math.cbrt(carat / 1.01);
            Diamond d = new Diamond(carat, cuts[i % cuts.length], Color.values()[i % 7], Clarity.values()[i % 8],
                    61.5 + (i % 5) * 0.1, 56 + i % 3, Math.round(6.43 * scale * 100) / 100.0,
                    Math.round(6.47 * scale * 100) / 100.0, Math.round(3.99 * scale * 100) / 100.0);
            stones.add(new ComparableStone(new PricedStone(d, 4000 + 37.5 * i), 0.1 * i));
        }
        return stones;
    }

    /** The appraisal with other warnings and comparables. */
    public static Appraisal with(Appraisal a, List<AppraisalWarning> warnings, List<ComparableStone> comparables) {
        return new Appraisal(a.diamond(), a.price(), a.range(), a.baseline(), a.contributions(), a.path(), comparables,
                warnings, a.model());
    }

    /** A small PNG logo: a blue diamond on white. */
    public static Path logo(Path dir) throws IOException {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 240, 160);
        g.setColor(new java.awt.Color(0x1f4e79));
        g.fillPolygon(new int[] {120, 200, 120, 40}, new int[] {10, 60, 150, 60}, 4);
        g.setColor(new java.awt.Color(0x9dc3e6));
        g.fillPolygon(new int[] {120, 160, 120, 80}, new int[] {10, 60, 150, 60}, 4);
        g.dispose();
        Path file = dir.resolve("logo-source.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** An Italian shop whose texts need the whole font: accents, the euro sign, a middle dot. */
    public static ShopDetails italianShop(Path logo) {
        return new ShopDetails("Gioielleria Università · Ferrè & Figli",
                "Via dell'Università 12, 40126 Bologna\nTel. 051 123 456 · P. IVA 01234567890\n"
                        + "Perizie da € 50 · aperto lunedì–sabato", logo, 30);
    }

    public static ShopDetails englishShop(Path logo) {
        return new ShopDetails("Hatton Garden Diamonds", "12 Hatton Garden, London EC1N 8AN\nTel. 020 7123 4567",
                logo, 30);
    }
}
