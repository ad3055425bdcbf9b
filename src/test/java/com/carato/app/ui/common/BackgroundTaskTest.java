package com.carato.app.ui.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The task runner on a real background thread, with the "UI thread" being this test's thread
 * draining a queue: every step is ordered by latches and the queue, never by sleeping.
 */
class BackgroundTaskTest {

    private static final long WAIT = 30;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final List<String> reported = new ArrayList<>();
    private final List<Throwable> unexpected = new ArrayList<>();
    private final TaskRunner runner = new TaskRunner(background, uiQueue::add, (what, e) -> {
        reported.add(what);
        unexpected.add(e);
    });

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    /** Runs the next thing the runner posted to the UI, waiting for it to be posted. */
    private void runNextOnUi() throws InterruptedException {
        Runnable next = uiQueue.poll(WAIT, TimeUnit.SECONDS);
        assertNotNull(next, "the runner posted nothing to the UI thread");
        next.run();
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(WAIT, TimeUnit.SECONDS), "timed out waiting for the task");
    }

    @Test
    void deliversProgressAndTheResultOnTheUiThread() throws Exception {
        StageProgress progress = new StageProgress();
        CountDownLatch reportedHalf = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        List<String> results = new ArrayList<>();
        Thread[] worker = new Thread[1];
        runner.task("counting", context -> {
            worker[0] = Thread.currentThread();
            context.progress("first half", 0.5);
            reportedHalf.countDown();
            await(goOn);
            return "done";
        }).progress(progress).onSuccess(results::add).start();

        await(reportedHalf);
        assertEquals(0.0, progress.fractionProperty().get(), "nothing applied before the UI thread runs");
        runNextOnUi();
        assertEquals("first half", progress.stageProperty().get());
        assertEquals(0.5, progress.fractionProperty().get());
        assertTrue(results.isEmpty());

        goOn.countDown();
        runNextOnUi();
        assertEquals(List.of("done"), results);
        assertNotSame(Thread.currentThread(), worker[0], "the task ran on the background thread");
        assertTrue(unexpected.isEmpty());
    }

    @Test
    void manyReportsAreCoalescedToTheLatest() throws Exception {
        List<Double> applied = new ArrayList<>();
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        runner.task("reporting", context -> {
            for (int i = 1; i <= 100; i++) {
                context.progress("step", i / 100.0);
            }
            reported.countDown();
            await(goOn);
            return null;
        }).onProgress((stage, fraction) -> applied.add(fraction)).start();
        await(reported);
        assertEquals(1, uiQueue.size(), "one UI update for a burst of reports");
        runNextOnUi();
        assertEquals(List.of(1.0), applied, "the latest report wins");
        goOn.countDown();
        runNextOnUi();
    }

    @Test
    void aCancelledTaskEndsInOnCancelledNotInOnSuccess() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> outcome = new ArrayList<>();
        TaskRunner.Handle handle = runner.task("waiting for cancel", context -> {
            started.countDown();
            while (!context.cancelled()) {
                Thread.onSpinWait();
            }
            context.checkCancelled();
            return "finished anyway";
        }).onSuccess(outcome::add).onCancelled(() -> outcome.add("cancelled")).onDone(() -> outcome.add("done"))
                .start();
        await(started);
        handle.cancel();
        assertTrue(handle.cancelled());
        runNextOnUi();
        assertEquals(List.of("cancelled", "done"), outcome);
        assertTrue(unexpected.isEmpty(), "a cancel is not an error");
    }

    @Test
    void aNewerRunInTheSameLaneSupersedesTheOlderAndItsResultIsDropped() throws Exception {
        TaskRunner.Lane lane = runner.lane();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        boolean[] firstSawCancel = new boolean[1];
        List<String> applied = new ArrayList<>();
        List<String> done = new ArrayList<>();
        runner.task("first", context -> {
            firstStarted.countDown();
            await(releaseFirst);
            firstSawCancel[0] = context.cancelled();
            return "old";
        }).onSuccess(applied::add).onDone(() -> done.add("first")).in(lane).start();
        await(firstStarted);
        runner.task("second", context -> "new").onSuccess(applied::add).onDone(() -> done.add("second"))
                .in(lane).start();
        runner.task("third", context -> "newest").onSuccess(applied::add).onDone(() -> done.add("third"))
                .in(lane).start();
        assertTrue(lane.busy());

        releaseFirst.countDown();
        runNextOnUi(); // the first run's outcome: dropped, and the latest queued run starts
        assertTrue(firstSawCancel[0], "the running task learnt that it was superseded");
        assertTrue(applied.isEmpty(), "the stale result was dropped");
        runNextOnUi();
        assertEquals(List.of("newest"), applied, "only the latest request is delivered; the second never ran");
        assertEquals(List.of("third"), done);
        assertFalse(lane.busy());
        assertTrue(uiQueue.isEmpty());
    }

    @Test
    void aLaneCancelStopsItsTaskAndADiscardDropsItsOutcome() throws Exception {
        TaskRunner.Lane lane = runner.lane();
        List<String> outcome = new ArrayList<>();
        for (boolean discard : new boolean[] {false, true}) {
            CountDownLatch started = new CountDownLatch(1);
            runner.task("waiting", context -> {
                started.countDown();
                while (!context.cancelled()) {
                    Thread.onSpinWait();
                }
                context.checkCancelled();
                return "finished";
            }).onSuccess(outcome::add).onCancelled(() -> outcome.add("cancelled")).in(lane).start();
            await(started);
            if (discard) {
                lane.discard();
            } else {
                lane.cancel();
            }
            runNextOnUi();
            assertFalse(lane.busy());
        }
        assertEquals(List.of("cancelled"), outcome, "the cancelled run says so; the discarded one says nothing");
    }

    @Test
    void anUnexpectedErrorGoesToTheOneHandler() throws Exception {
        List<String> outcome = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        runner.task("breaking", context -> {
            throw boom;
        }).onSuccess(r -> outcome.add("success")).onFailure(java.io.IOException.class, e -> outcome.add("io"))
                .onDone(() -> outcome.add("done")).start();
        runNextOnUi();
        assertEquals(List.of("done"), outcome);
        assertEquals(List.of("breaking"), reported);
        assertSame(boom, unexpected.get(0));
    }

    @Test
    void anExpectedFailureIsHandledInPlaceAndNotReported() throws Exception {
        List<String> outcome = new ArrayList<>();
        runner.task("reading", context -> {
            throw new java.io.FileNotFoundException("stones.csv");
        }).onFailure(java.io.IOException.class, e -> outcome.add(e.getMessage()))
                .onDone(() -> outcome.add("done")).start();
        runNextOnUi();
        assertEquals(List.of("stones.csv", "done"), outcome);
        assertTrue(unexpected.isEmpty());
    }

    @Test
    void aQueuedTaskCancelledBeforeItStartsNeverRuns() throws Exception {
        TaskRunner.Lane lane = runner.lane();
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        boolean[] secondRan = new boolean[1];
        List<String> outcome = new ArrayList<>();
        runner.task("first", context -> {
            firstStarted.countDown();
            await(releaseFirst);
            return "first";
        }).in(lane).start();
        await(firstStarted);
        TaskRunner.Handle second = runner.task("second", context -> {
            secondRan[0] = true;
            return "second";
        }).onSuccess(outcome::add).onCancelled(() -> outcome.add("cancelled")).in(lane).start();
        second.cancel();
        runNextOnUi();
        assertEquals(List.of("cancelled"), outcome);
        releaseFirst.countDown();
        runNextOnUi();
        assertFalse(secondRan[0]);
        assertFalse(lane.busy());
        throwIfCancelledContextThrows();
    }

    private static void throwIfCancelledContextThrows() {
        TaskContext cancelled = new TaskContext() {
            @Override
            public void progress(String stage, double fraction) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(CancellationException.class, cancelled::checkCancelled);
        assertTrue(cancelled.asProgress().cancelled(), "the service sees the cancel through the bridge");
    }
}
