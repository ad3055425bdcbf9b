package com.carato.ml.registry;

import com.carato.data.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The champion log as a file: {@code registry.log} in the registry folder, one JSON event per
 * line. Every write happens under the folder's {@link FolderLock} (OS file lock + in-process
 * lock), in append mode, forced to disk before it returns.
 *
 * <p>A crash in the middle of an append leaves a torn last line (no line break). Readers ignore
 * it; the next writer, under the lock, moves its bytes to {@code registry.log.torn} (kept, not
 * lost) and cuts them off before appending. A damaged line in the middle (edited by hand, a disk
 * error) is skipped with a logged warning, so the rest of the history stays readable.
 */
public final class FolderChampionLog implements ChampionLog {

    public static final String LOG_FILE = "registry.log";
    public static final String TORN_FILE = "registry.log.torn";

    private static final System.Logger LOG = System.getLogger(FolderChampionLog.class.getName());

    private final Path root;
    private final Path file;
    private final FolderLock lock;
    private final WriteHook hook;

    public FolderChampionLog(Path root, WriteHook hook) {
        this.root = root;
        this.file = root.resolve(LOG_FILE);
        this.lock = new FolderLock(root);
        this.hook = hook;
    }

    /** What a read of the log found: the events and the lines it had to skip. */
    public record Reading(List<RegistryEvent> events, List<String> skipped, boolean tornTail) {
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public List<RegistryEvent> history() throws IOException {
        Reading reading = read();
        for (String problem : reading.skipped()) {
            LOG.log(System.Logger.Level.WARNING, problem);
        }
        return reading.events();
    }

    /** Reads the log without the lock: complete lines only; damaged ones reported in {@link Reading#skipped}. */
    public Reading read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Reading(List.of(), List.of(), false);
        }
        return parse(bytes);
    }

    private Reading parse(byte[] bytes) {
        List<RegistryEvent> events = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int start = 0;
        int lineNumber = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            lineNumber++;
            String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
            start = i + 1;
            if (line.isBlank()) {
                continue;
            }
            String where = file + " line " + lineNumber;
            try {
                RegistryEvent event = Json.MAPPER.readValue(line, RegistryEvent.class);
                String problem = event.problem();
                if (problem == null) {
                    ModelIds.check(event.id(), where);
                    if (event.previous() != null) {
                        ModelIds.check(event.previous(), where);
                    }
                    events.add(event);
                } else {
                    skipped.add(where + " is skipped: " + problem);
                }
            } catch (JsonProcessingException e) {
                skipped.add(where + " is skipped: not a registry event (" + e.getOriginalMessage() + ")");
            } catch (BundleException e) {
                skipped.add(where + " is skipped: " + e.getMessage());
            }
        }
        return new Reading(Collections.unmodifiableList(events), skipped, start < bytes.length);
    }

    @Override
    public <T> T transact(Work<T> work) throws IOException, BundleException {
        return lock.call(() -> {
            Files.createDirectories(root);
            repairTornTail();
            List<RegistryEvent> events = new ArrayList<>(history());
            Transaction tx = new Transaction() {
                @Override
                public List<RegistryEvent> history() {
                    return Collections.unmodifiableList(events);
                }

                @Override
                public RegistryEvent append(RegistryEvent event) throws IOException {
                    appendLocked(event);
                    events.add(event);
                    return event;
                }
            };
            return work.run(tx);
        });
    }

    /** Under the lock: a last line without a line break (a crash mid-append) goes to the torn file. */
    private void repairTornTail() throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long end = endOfLastCompleteLine(channel);
            if (end == size) {
                return;
            }
            ByteBuffer torn = ByteBuffer.allocate((int) (size - end));
            while (torn.hasRemaining() && channel.read(torn, end + torn.position()) >= 0) {
                // read the whole tail
            }
            // keep the torn bytes (appended, one record per line) before cutting them off
            try (FileChannel keep = FileChannel.open(root.resolve(TORN_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                torn.flip();
                keep.write(torn);
                keep.write(ByteBuffer.wrap(new byte[] {'\n'}));
                keep.force(true);
            }
            hook.reached("log-torn-kept");
            channel.truncate(end);
            channel.force(true);
            LOG.log(System.Logger.Level.WARNING, file + ": a torn last line (" + (size - end)
                    + " bytes from an interrupted write) was moved to " + TORN_FILE);
        }
    }

    private void appendLocked(RegistryEvent event) throws IOException {
        byte[] line = (Json.LINE.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
        boolean created = !Files.exists(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            if (hook == WriteHook.NONE) {
                write(channel, ByteBuffer.wrap(line));
            } else {
                // a fault-injection run stops half-way through the line, as a power cut can
                int half = line.length / 2;
                write(channel, ByteBuffer.wrap(line, 0, half));
                hook.reached("log-line-half-written");
                write(channel, ByteBuffer.wrap(line, half, line.length - half));
            }
            hook.reached("log-line-written");
            channel.force(true);
        }
        if (created) {
            AtomicFiles.syncDirectory(root);
        }
        hook.reached("log-line-synced");
    }

    private static void write(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Size of the log up to and including its last line break (0 when it has none). */
    private static long endOfLastCompleteLine(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer block = ByteBuffer.allocate(4096);
        long at = size;
        while (at > 0) {
            long from = Math.max(0, at - block.capacity());
            block.clear().limit((int) (at - from));
            while (block.hasRemaining() && channel.read(block, from + block.position()) >= 0) {
                // fill the block
            }
            for (int i = block.position() - 1; i >= 0; i--) {
                if (block.get(i) == '\n') {
                    return from + i + 1;
                }
            }
            at = from;
        }
        return 0;
    }
}
