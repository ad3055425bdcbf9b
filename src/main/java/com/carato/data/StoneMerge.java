package com.carato.data;

import com.carato.domain.PricedStone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the accepted, priced rows of new files to the current training data. Exact duplicates
 * (same characteristics and price) are counted and kept once, whether they repeat a row of the same
 * file, of an earlier new file or of the current data. A stone found with different prices is kept
 * at each price and reported as a {@link PriceConflict}.
 */
public final class StoneMerge {

    private StoneMerge() {
    }

    /**
     * @param existingSource how to name the current data in conflicts (e.g. "snapshot 3f2a…")
     * @param existing       the current training stones, distinct
     * @param reports        the new files' reports, in the order given
     */
    public static MergedData merge(String existingSource, List<PricedStone> existing, List<ImportReport> reports) {
        Set<String> seen = new HashSet<>();
        Map<String, List<PriceConflict.Sighting>> byStone = new LinkedHashMap<>();
        List<PricedStone> stones = new ArrayList<>(existing);
        for (int i = 0; i < existing.size(); i++) {
            String line = Fingerprint.canonicalLine(existing.get(i));
            seen.add(line);
            byStone.computeIfAbsent(characteristics(line), k -> new ArrayList<>())
                    .add(new PriceConflict.Sighting(existingSource, i + 2, existing.get(i).price()));
        }
        Set<String> existingLines = new HashSet<>(seen);
        List<PricedStone> added = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int inFiles = 0;
        int ofExisting = 0;
        int acrossFiles = 0;
        for (ImportReport report : reports) {
            for (ImportedRow row : report.rows()) {
                if (row.pricedStone().isEmpty()) {
                    continue;
                }
                if (row.isDuplicate()) {
                    inFiles++;
                    continue;
                }
                PricedStone stone = row.pricedStone().get();
                String line = Fingerprint.canonicalLine(stone);
                if (!seen.add(line)) {
                    if (existingLines.contains(line)) {
                        ofExisting++;
                    } else {
                        acrossFiles++;
                    }
                    continue;
                }
                stones.add(stone);
                added.add(stone);
                sources.add(report.source());
                lines.add(row.line());
                byStone.computeIfAbsent(characteristics(line), k -> new ArrayList<>())
                        .add(new PriceConflict.Sighting(report.source(), row.line(), stone.price()));
            }
        }
        Map<String, Integer> sightings = new HashMap<>();
        byStone.forEach((key, list) -> sightings.put(key, list.size()));
        List<MergedData.Added> addedRows = new ArrayList<>();
        Set<String> conflictKeys = new HashSet<>();
        for (int i = 0; i < added.size(); i++) {
            String key = characteristics(Fingerprint.canonicalLine(added.get(i)));
            addedRows.add(new MergedData.Added(added.get(i), sources.get(i), lines.get(i), sightings.get(key) == 1));
            if (sightings.get(key) > 1) {
                conflictKeys.add(key);
            }
        }
        List<PriceConflict> conflicts = new ArrayList<>();
        byStone.forEach((key, list) -> {
            if (conflictKeys.contains(key)) {
                conflicts.add(new PriceConflict(key, list));
            }
        });
        return new MergedData(stones, addedRows, inFiles, ofExisting, acrossFiles, conflicts);
    }

    /** The canonical line without its price: the stone's characteristics. */
    private static String characteristics(String canonicalLine) {
        String trimmed = canonicalLine.strip();
        return trimmed.substring(0, trimmed.lastIndexOf(','));
    }
}
