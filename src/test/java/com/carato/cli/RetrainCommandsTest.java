package com.carato.cli;

import com.carato.service.FreshStones;
import com.carato.service.RegistryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line contract of retrain, models and watch (quick configuration). */
class RetrainCommandsTest {

    static final String[] PROMOTE_ANYTHING = {"--max-mape-increase", "100", "--max-band-increase", "100"};

    @TempDir
    Path dir;
    Path models;
    Path fresh;

    @BeforeEach
    void setUp() throws Exception {
        models = RegistryFixture.championRegistry(dir.resolve("models"));
        fresh = FreshStones.write(dir.resolve("fresh.csv"), 300, 42);
    }

    CliRunner.Result retrain(String... more) {
        String[] base = {"--quick", "--models", models.toString(), "--data", fresh.toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CommandRunner.run(new RetrainCommand(), args);
    }

    CliRunner.Result models(String... args) {
        return CommandRunner.run(new ModelsCommand(), args);
    }

    @Test
    void autoPromoteExitsZeroPrintsTheSummaryAndModelsRollsBack() {
        CliRunner.Result r = retrain(join(PROMOTE_ANYTHING, "--auto-promote"));
        assertEquals(ExitCodes.OK, r.exitCode(), r.err() + r.out());
        String out = r.out();
        assertTrue(out.contains("305 rows: 302 accepted, 3 rejected, 1 duplicate"), out);
        assertTrue(out.contains("New stones: 301 distinct; exact duplicates removed: 1 (1 within a file"), out);
        assertTrue(out.contains("line 304: color: unknown color 'Q'"), out);
        assertTrue(out.contains("Same stone, different prices (all kept for training): 1"), out);
        assertTrue(out.contains("Held out: 59 new stones"), out);
        assertTrue(out.contains("  carat    PSI "), out);
        assertTrue(out.contains("on the same 59 held-out new stones"), out);
        assertTrue(out.contains("  all            59 "), out);
        assertTrue(out.contains("PROMOTED: "), out);
        assertTrue(r.err().contains("cross-validation, 3 folds: 50 rounds [progress.cross-validation]"), "progress on stderr: " + r.err());

        CliRunner.Result list = models("list", "--models", models.toString());
        assertEquals(0, list.exitCode(), list.err());
        assertEquals(3, list.out().lines().count(), list.out());
        assertTrue(list.out().lines().skip(1).findFirst().orElseThrow().contains(" retired "), list.out());
        assertTrue(list.out().lines().skip(2).findFirst().orElseThrow().contains(" champion "), list.out());
        String challenger = list.out().lines().skip(2).findFirst().orElseThrow().split(" ")[0];

        CliRunner.Result history = models("history", "--models", models.toString());
        assertTrue(history.out().contains("promoted    " + challenger), history.out());
        assertTrue(history.out().contains("via carato retrain: the rule says promote; MAPE"), history.out());

        CliRunner.Result back = models("rollback", "--models", models.toString());
        assertEquals(0, back.exitCode(), back.err());
        assertTrue(back.out().contains("(was " + challenger + ")"), back.out());
        CliRunner.Result show = models("show", challenger, "--models", models.toString());
        assertTrue(show.out().contains("model " + challenger + " (retired)"), show.out());
        assertTrue(show.out().contains("  snapshot  snapshots/"), show.out());
        CliRunner.Result again = models("promote", challenger, "--models", models.toString(), "--reason", "checked");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith(challenger + " is the champion now"), again.out());
    }

    @Test
    void withoutAutoPromoteAPassingChallengerIsACandidateWithExitCodeFour() throws Exception {
        String logBefore = Files.readString(models.resolve("registry.log"));
        CliRunner.Result r = retrain(PROMOTE_ANYTHING);
        assertEquals(ExitCodes.CANDIDATE, r.exitCode(), r.err() + r.out());
        assertTrue(r.out().contains("CANDIDATE: the challenger passes the rule but was not promoted"), r.out());
        assertTrue(r.out().contains("Promote it with: carato models promote "), r.out());
        String log = Files.readString(models.resolve("registry.log"));
        assertTrue(log.startsWith(logBefore));
        assertTrue(log.substring(logBefore.length()).contains("\"action\":\"kept\""), log);
        assertFalse(log.substring(logBefore.length()).contains("\"action\":\"promoted\""), log);
    }

    @Test
    void errorsExitOneNamingTheProblem() throws Exception {
        CliRunner.Result noChampion = CommandRunner.run(new RetrainCommand(), "--quick", "--models",
                dir.resolve("empty").toString(), "--data", fresh.toString());
        assertEquals(ExitCodes.FILE_ERROR, noChampion.exitCode());
        assertTrue(noChampion.err().contains("no champion model in "), noChampion.err());
        assertFalse(Files.exists(dir.resolve("empty")), "a wrong --models creates nothing");

        Path few = FreshStones.write(dir.resolve("few.csv"), 12, 3);
        CliRunner.Result nothing = CommandRunner.run(new RetrainCommand(), "--quick", "--models", models.toString(),
                "--data", few.toString());
        assertEquals(ExitCodes.FILE_ERROR, nothing.exitCode());
        assertTrue(nothing.err().contains("nothing trained: only 2 new stones can be held out"), nothing.err());

        CliRunner.Result usage = CommandRunner.run(new RetrainCommand(), "--models", models.toString());
        assertEquals(ExitCodes.USAGE, usage.exitCode());
    }

    @Test
    void watchOnceRetrainsWithReadyFilesAndSortsThemIntoProcessedAndRejected() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(fresh, inbox.resolve("monday.csv"));
        Files.writeString(inbox.resolve("broken.csv"), "carat,cut,color\n0.5,Ideal,G\n");
        Files.writeString(inbox.resolve(".copying.csv"), "carat,cut");
        Files.writeString(inbox.resolve("notes.txt"), "not data");
        CliRunner.Result r = CommandRunner.run(new WatchCommand(), "--quick", "--once", "--settle-ms", "0",
                "--auto-promote", "--models", models.toString(), "--inbox", inbox.toString(), PROMOTE_ANYTHING[0],
                PROMOTE_ANYTHING[1], PROMOTE_ANYTHING[2], PROMOTE_ANYTHING[3]);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err() + r.out());
        assertTrue(Files.isRegularFile(inbox.resolve("processed").resolve("monday.csv")), r.out());
        assertTrue(Files.isRegularFile(inbox.resolve("rejected").resolve("broken.csv")), r.out());
        String reason = Files.readString(inbox.resolve("rejected").resolve("broken.csv.reason.txt"));
        assertTrue(reason.contains("broken.csv") && reason.contains("price"), reason);
        assertTrue(Files.exists(inbox.resolve(".copying.csv")), "hidden files are left alone");
        assertTrue(Files.exists(inbox.resolve("notes.txt")), "only CSV files are taken");
        assertFalse(Files.exists(inbox.resolve("monday.csv")));
        assertTrue(r.out().contains("PROMOTED: "), r.out());
    }

    static String[] join(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
