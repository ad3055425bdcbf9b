package com.carato.bench;

import com.carato.ml.train.HoldoutSplit;
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

import java.util.concurrent.TimeUnit;

/** Full training with model selection (5-fold CV over up to 2,000 trees) on the reference training rows. */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TrainingBenchmark {

    private HoldoutSplit split;

    @Setup
    public void read() throws Exception {
        split = BenchData.split();
    }

    @Benchmark
    public Object train() {
        return new Trainer().train(split.train(), TrainingConfig.defaults(), TrainingMonitor.NONE);
    }
}
