package com.carato.data;

import com.carato.domain.PricedStone;

import java.util.List;

/**
 * The current training data with the new files' stones added (see {@link StoneMerge}).
 *
 * @param stones               every stone to keep: the existing ones first, then the added ones in file order
 * @param added                the new distinct stones, with where they came from
 * @param duplicatesInFiles    accepted rows repeating an earlier row of the same file
 * @param duplicatesOfExisting accepted rows already in the current training data, price included
 * @param duplicatesAcrossFiles accepted rows repeating a row of an earlier new file
 * @param conflicts            stones appearing with different prices, at least one of them new
 */
public record MergedData(List<PricedStone> stones, List<Added> added, int duplicatesInFiles,
                         int duplicatesOfExisting, int duplicatesAcrossFiles, List<PriceConflict> conflicts) {

    public MergedData {
        stones = List.copyOf(stones);
        added = List.copyOf(added);
        conflicts = List.copyOf(conflicts);
    }

    /** All exact duplicates counted and removed. */
    public int duplicatesRemoved() {
        return duplicatesInFiles + duplicatesOfExisting + duplicatesAcrossFiles;
    }

    /**
     * A new stone.
     *
     * @param stone  the stone and its price
     * @param source its file
     * @param line   its line in that file
     * @param unique true when no other row, old or new, has the same characteristics (at any price):
     *               only such stones can be held out to compare models fairly
     */
    public record Added(PricedStone stone, String source, int line, boolean unique) {
    }
}
