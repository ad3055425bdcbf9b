package com.carato.data;

import com.carato.domain.Diamond;
import com.carato.domain.PricedStone;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The identity of a set of appraised stones: SHA-256 of their canonical CSV form (fixed column
 * order, plain decimals), so the same stones give the same fingerprint whatever file format,
 * separator or column order they came in.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(List<PricedStone> stones) {
        Hashes.Sha256 digest = new Hashes.Sha256();
        digest.update(canonicalHeader().getBytes(StandardCharsets.UTF_8));
        for (PricedStone stone : stones) {
            digest.update(canonicalLine(stone).getBytes(StandardCharsets.UTF_8));
        }
        return digest.hex();
    }

    /** The stones as canonical CSV, header included (UTF-8). */
    public static byte[] canonicalCsv(List<PricedStone> stones) {
        StringBuilder csv = new StringBuilder(canonicalHeader());
        stones.forEach(stone -> csv.append(canonicalLine(stone)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String canonicalHeader() {
        return String.join(",", Diamond.FIELDS) + ",price\n";
    }

    /** One stone as a canonical CSV line, ending in a line break. */
    public static String canonicalLine(PricedStone stone) {
        Diamond d = stone.diamond();
        return num(d.carat()) + "," + d.cut().label() + "," + d.color().label() + "," + d.clarity().label() + ","
                + num(d.depth()) + "," + num(d.table()) + "," + num(d.x()) + "," + num(d.y()) + "," + num(d.z())
                + "," + num(stone.price()) + "\n";
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
