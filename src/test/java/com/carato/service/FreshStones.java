package com.carato.service;

import com.carato.domain.Diamond;
import com.carato.domain.PricedStone;
import com.carato.ml.SyntheticStones;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A test fixture: a CSV of "fresh appraisals" written from {@link SyntheticStones} (no row copied
 * from the reference data), followed by five rows that a retrain must catch: an exact duplicate of
 * the first stone, the second stone again at another price, and three rows to reject.
 */
public final class FreshStones {

    /** Rows after the {@code n} generated ones. */
    public static final int EXTRA_ROWS = 5;
    public static final int REJECTED = 3;

    private FreshStones() {
    }

    /** Writes the file and returns it. */
    public static Path write(Path file, int n, long seed) throws IOException {
        List<PricedStone> stones = SyntheticStones.generate(n, seed);
        List<String> lines = new ArrayList<>();
        lines.add("carat,cut,color,clarity,depth,table,price,x,y,z");
        stones.forEach(s -> lines.add(line(s.diamond(), s.price())));
        lines.add(line(stones.get(0).diamond(), stones.get(0).price()));            // exact duplicate
        lines.add(line(stones.get(1).diamond(), Math.round(stones.get(1).price() * 1.1))); // other price
        lines.add("0.71,Ideal,Q,VS2,61.0,57.0,2900,5.71,5.74,3.49");                // unknown colour
        lines.add("0.52,Premium,F,SI1,62.0,58.0,-5,5.15,5.19,3.21");                // negative price
        lines.add("0.61,Good,G,VS1,63.1,58.0,1900,5.39");                           // fields missing
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Stones held out of {@code n} fresh ones: every fifth stone found nowhere else (n - 1 such). */
    public static int heldOut(int n) {
        return (n - 1) / 5;
    }

    private static String line(Diamond d, double price) {
        return String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s", num(d.carat()), d.cut().label(),
                d.color().label(), d.clarity().label(), num(d.depth()), num(d.table()), num(price), num(d.x()),
                num(d.y()), num(d.z()));
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
