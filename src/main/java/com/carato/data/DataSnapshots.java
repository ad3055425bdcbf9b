package com.carato.data;

import com.carato.domain.FileProblem;
import com.carato.domain.PricedStone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The data snapshots of a registry: one canonical CSV file per distinct set of training stones,
 * named {@code <first 16 hex digits of its SHA-256>.csv}. A snapshot is written once, atomically,
 * and never changed; writing the same stones again reuses the file. Reading checks the content
 * against the full hash, so a damaged snapshot is refused rather than trained on.
 *
 * <p>A registry kept elsewhere (the shop database) gives a {@link Remote}: a snapshot missing from
 * the folder is fetched from it, checked and kept in the folder, which is then a local copy.
 */
public final class DataSnapshots {

    /** The snapshots' folder inside a registry. */
    public static final String FOLDER = "snapshots";
    private static final int NAME_DIGITS = 16;

    private final Path dir;
    private final Remote remote;

    /** Where snapshots live beyond the folder (the shop database), asked for one the folder lacks. */
    @FunctionalInterface
    public interface Remote {
        /** The snapshot's bytes, or null when it is not there either. */
        byte[] fetch(String sha256) throws IOException;
    }

    public DataSnapshots(Path dir) {
        this(dir, null);
    }

    /** Snapshots in {@code dir}, a local copy of those in {@code remote} (null: none). */
    public DataSnapshots(Path dir, Remote remote) {
        this.dir = dir;
        this.remote = remote;
    }

    public Path dir() {
        return dir;
    }

    /** The file name of the snapshot with this hash. */
    public static String fileName(String sha256) {
        return sha256.substring(0, NAME_DIGITS) + ".csv";
    }

    /** Where the rejected rows of the import that produced this snapshot are kept. */
    public Path rejectedFile(String sha256) {
        return dir.resolve(sha256.substring(0, NAME_DIGITS) + ".rejected.csv");
    }

    /** Stores the stones (in this order) unless an identical snapshot exists; returns it. */
    public Snapshot write(List<PricedStone> stones) throws IOException {
        return put(canonicalCsv(stones), stones.size());
    }

    /**
     * Stores the bytes of a snapshot read from another registry (an export or import) unless an
     * identical one exists; returns it.
     */
    public Snapshot put(byte[] canonicalCsv) throws IOException {
        int lines = 0;
        for (byte b : canonicalCsv) {
            if (b == '\n') {
                lines++;
            }
        }
        return put(canonicalCsv, Math.max(0, lines - 1));
    }

    private Snapshot put(byte[] bytes, int rows) throws IOException {
        String sha = sha256(bytes);
        Path file = dir.resolve(fileName(sha));
        if (Files.isRegularFile(file)) {
            if (!sha256(Files.readAllBytes(file)).equals(sha)) {
                throw new IOException(file + ": exists with other content (damaged snapshot); move it away and retry");
            }
        } else {
            AtomicFiles.write(file, bytes);
        }
        return new Snapshot(sha, rows, file);
    }

    /**
     * The bytes of a snapshot, checked against {@code sha256}; fetched from the remote (and kept in
     * the folder) when the folder lacks it.
     */
    public byte[] bytes(String sha256) throws DataFileException {
        Path file = dir.resolve(fileName(sha256));
        try {
            byte[] bytes;
            if (Files.isRegularFile(file)) {
                bytes = Files.readAllBytes(file);
            } else {
                bytes = remote == null ? null : remote.fetch(sha256);
                if (bytes == null) {
                    throw DataFileException.of(file, FileProblem.SNAPSHOT_MISSING);
                }
            }
            if (!sha256(bytes).equals(sha256)) {
                throw DataFileException.of(file, FileProblem.SNAPSHOT_DAMAGED, sha256);
            }
            if (!Files.isRegularFile(file)) {
                AtomicFiles.write(file, bytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new DataFileException(file.toString(), e, FileProblem.UNREADABLE, String.valueOf(e.getMessage()));
        }
    }

    /** Reads a snapshot back, checking its content against {@code sha256}. */
    public List<PricedStone> read(String sha256) throws DataFileException {
        Path file = dir.resolve(fileName(sha256));
        bytes(sha256);
        ImportReport report = new StoneCsvReader(PriceRule.REQUIRED).read(file);
        if (report.rejectedCount() > 0 || report.duplicateCount() > 0) {
            throw DataFileException.of(file, FileProblem.SNAPSHOT_NOT_CLEAN,
                    report.flagged().stream().findFirst().or(() -> report.rejected().stream().findFirst())
                    .map(ImportedRow::line).orElse(0));
        }
        return report.trainingStones();
    }

    static byte[] canonicalCsv(List<PricedStone> stones) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * (stones.size() + 1));
        out.writeBytes(Fingerprint.canonicalHeader().getBytes(StandardCharsets.UTF_8));
        for (PricedStone stone : stones) {
            out.writeBytes(Fingerprint.canonicalLine(stone).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        return Hashes.sha256(bytes);
    }
}
