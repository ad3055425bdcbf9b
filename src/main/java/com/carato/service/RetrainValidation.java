package com.carato.service;

import com.carato.domain.Message;

import com.carato.data.DriftReport;
import com.carato.data.PriceConflict;

import java.util.List;

/**
 * The first step of a retrain: what the new files hold and what would be trained on.
 *
 * @param championId           the champion the challenger will be compared with
 * @param currentRows          stones in the champion's data snapshot
 * @param files                each file's report (or file-level error), in the order given
 * @param acceptedRows         accepted rows with a price, over all files
 * @param rejectedRows         rejected rows, over all files (written next to the new snapshot)
 * @param duplicatesInFiles    exact repeats of an earlier row of the same file
 * @param duplicatesOfExisting exact repeats of a stone already in the champion's data
 * @param duplicatesAcrossFiles exact repeats of a row of an earlier file
 * @param conflicts            stones found with different prices (all prices kept for training)
 * @param newStones            distinct new stones added to the data
 * @param heldOut              new stones held out to compare champion and challenger (neither trains on them)
 * @param trainingRows         stones the challenger trains on: current data plus new stones not held out
 * @param drift                how the new stones differ from the current data, per column
 * @param problems             why training cannot go on ({@link com.carato.domain.RetrainProblem}); empty when it can
 */
public record RetrainValidation(String championId, int currentRows, List<FileValidation> files, int acceptedRows,
                                int rejectedRows, int duplicatesInFiles, int duplicatesOfExisting,
                                int duplicatesAcrossFiles, List<PriceConflict> conflicts, int newStones, int heldOut,
                                int trainingRows, DriftReport drift, List<Message> problems) {

    public RetrainValidation {
        files = List.copyOf(files);
        conflicts = List.copyOf(conflicts);
        problems = List.copyOf(problems);
    }

    public boolean canTrain() {
        return problems.isEmpty();
    }

    /** All exact duplicates counted and removed. */
    public int duplicatesRemoved() {
        return duplicatesInFiles + duplicatesOfExisting + duplicatesAcrossFiles;
    }
}
