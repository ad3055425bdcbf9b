package com.carato.service;

import com.carato.domain.Appraisal;
import com.carato.domain.Diamond;
import com.carato.ml.registry.LoadedBundle;

import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.List;
import java.util.Objects;

/**
 * The one appraisal API: the desktop app, the command line and the REST server all call this.
 * Plain synchronous Java, safe to call from many threads; each call uses the champion that was
 * active when it started.
 */
public final class Appraiser {

    private final ActiveModel active;

    public Appraiser(ActiveModel active) {
        this.active = Objects.requireNonNull(active);
    }

    /** Price, range, path, contributions, comparables and warnings. */
    public Appraisal appraise(Diamond stone) {
        return appraise(stone, true);
    }

    /** With {@code explain = false}: price, range and warnings only (fast). */
    public Appraisal appraise(Diamond stone, boolean explain) {
        LoadedBundle bundle = active.require();
        return explain ? bundle.model().appraise(stone, bundle.ref()) : bundle.model().appraiseQuick(stone, bundle.ref());
    }

    /**
     * Appraises many stones with one model version (a switch mid-batch does not mix versions), in
     * input order; large explained batches use all cores.
     */
    public List<Appraisal> appraiseAll(List<Diamond> stones, boolean explain) {
        LoadedBundle bundle = active.require();
        IntFunction<Appraisal> one = i -> explain ? bundle.model().appraise(stones.get(i), bundle.ref())
                : bundle.model().appraiseQuick(stones.get(i), bundle.ref());
        IntStream indexes = IntStream.range(0, stones.size());
        if (explain && stones.size() >= PARALLEL_BATCH) {
            indexes = indexes.parallel();
        }
        return indexes.mapToObj(one).toList();
    }

    /**
     * Like {@link #appraiseAll}, but a stone the model refuses to price
     * ({@link com.carato.domain.OutsideModelException}) gets its refusal in its place instead of
     * failing the batch: one outcome per stone, in input order, all from one model version.
     */
    public List<AppraisalOutcome> appraiseEach(List<Diamond> stones, boolean explain) {
        LoadedBundle bundle = active.require();
        IntFunction<AppraisalOutcome> one = i -> AppraisalOutcome.of(() -> explain
                ? bundle.model().appraise(stones.get(i), bundle.ref())
                : bundle.model().appraiseQuick(stones.get(i), bundle.ref()));
        IntStream indexes = IntStream.range(0, stones.size());
        if (explain && stones.size() >= PARALLEL_BATCH) {
            indexes = indexes.parallel();
        }
        return indexes.mapToObj(one).toList();
    }

    /** Explained batches at least this large are spread over the cores. */
    static final int PARALLEL_BATCH = 64;

    /** The price only, in dollars: the fastest path (what-if questions, price grids). */
    public double price(Diamond stone) {
        return active.require().model().price(stone);
    }

    /** The active model's summary. */
    public ModelSummary model() {
        return Summaries.of(active.require().manifest().withStatus(com.carato.domain.ModelStatus.CHAMPION));
    }

    public boolean ready() {
        return active.isLoaded();
    }
}
