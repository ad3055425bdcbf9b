package com.carato.data;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.PricedStone;
import com.carato.domain.RoundStones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataSnapshotsTest {

    @TempDir
    Path dir;

    final List<PricedStone> stones = List.of(StoneMergeTest.stone(1.01, 5000),
            new PricedStone(RoundStones.of(0.5, Cut.IDEAL, Color.G, Clarity.VS1, 56), 1500.5));

    @Test
    void aSnapshotIsNamedByItsContentAndReadsBackTheSameStones() throws Exception {
        DataSnapshots snapshots = new DataSnapshots(dir);
        Snapshot snapshot = snapshots.write(stones);
        assertEquals(Fingerprint.of(stones), snapshot.sha256(), "file hash = fingerprint of the stones");
        assertEquals(dir.resolve(snapshot.sha256().substring(0, 16) + ".csv"), snapshot.file());
        assertEquals(stones, snapshots.read(snapshot.sha256()));
        assertEquals(snapshot, snapshots.write(stones), "the same stones reuse the file");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "one file, no temporary left");
        }
    }

    @Test
    void aDamagedSnapshotIsRefusedNamingTheFile() throws Exception {
        DataSnapshots snapshots = new DataSnapshots(dir);
        Snapshot snapshot = snapshots.write(stones);
        Files.writeString(snapshot.file(), Files.readString(snapshot.file()).replace("5000", "5001"));
        DataFileException e = assertThrows(DataFileException.class, () -> snapshots.read(snapshot.sha256()));
        assertTrue(e.getMessage().startsWith(snapshot.file().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertThrows(java.io.IOException.class, () -> snapshots.write(stones), "never overwritten");
    }
}
