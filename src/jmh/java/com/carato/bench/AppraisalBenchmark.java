package com.carato.bench;

import com.carato.domain.Appraisal;
import com.carato.domain.Diamond;
import com.carato.domain.ModelRef;
import com.carato.ml.train.HoldoutSplit;
import com.carato.ml.train.TrainedModel;
import com.carato.ml.train.Trainer;
import com.carato.ml.train.TrainingConfig;
import com.carato.ml.train.TrainingMonitor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Appraisal speed of the default model trained on the reference data's training rows: price only,
 * full appraisal with explanation, and a batch of 10,000 stones (price and range).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AppraisalBenchmark {

    private TrainedModel model;
    private List<Diamond> stones;
    private List<Diamond> batch;
    private int next;
    private final ModelRef ref = new ModelRef("bench", Instant.EPOCH);

    @Setup
    public void train() throws Exception {
        HoldoutSplit split = BenchData.split();
        model = new Trainer().train(split.train(), TrainingConfig.defaults(), TrainingMonitor.NONE).model();
        stones = BenchData.diamonds(split.test());
        batch = new ArrayList<>();
        while (batch.size() < 10_000) {
            batch.addAll(stones);
        }
        batch = batch.subList(0, 10_000);
    }

    private Diamond nextStone() {
        next = (next + 1) % stones.size();
        return stones.get(next);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double priceOnly() {
        return model.price(nextStone());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Appraisal fullAppraisal() {
        return model.appraise(nextStone(), ref);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double batchOf10000() {
        double sum = 0;
        for (Diamond stone : batch) {
            sum += model.appraiseQuick(stone, ref).range().high();
        }
        return sum;
    }
}
