package com.carato.ml.train;

import com.carato.data.ImportReport;
import com.carato.data.ImportedRow;
import com.carato.domain.PricedStone;

import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation split: data rows are numbered n = 1, 2, ... in file order (rejected rows
 * included, so the numbering is the file's); every fifth row (n % 5 == 0) is held out for
 * evaluation, the others train. Rejected rows and repeated duplicates are left out of both sides.
 * On the reference data this is exactly the protocol the published figures were measured on.
 *
 * @param train the stones to learn from
 * @param test  the held-out stones
 */
public record HoldoutSplit(List<PricedStone> train, List<PricedStone> test) {

    public static final int EVERY = 5;

    public HoldoutSplit {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }

    public static HoldoutSplit of(ImportReport report) {
        List<PricedStone> train = new ArrayList<>();
        List<PricedStone> test = new ArrayList<>();
        List<ImportedRow> rows = report.rows();
        for (int i = 0; i < rows.size(); i++) {
            ImportedRow row = rows.get(i);
            if (row.isDuplicate() || row.pricedStone().isEmpty()) {
                continue;
            }
            ((i + 1) % EVERY == 0 ? test : train).add(row.pricedStone().get());
        }
        return new HoldoutSplit(train, test);
    }
}
