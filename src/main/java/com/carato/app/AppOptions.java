package com.carato.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The desktop app's command-line options: {@code --data FILE} chooses the stones to open (without
 * it, the last file opened, else the reference data beside the project if it is there);
 * {@code --home DIR} where models, reports and logs are kept (see {@link AppPaths}).
 *
 * @param dataFile the file to open at start, if any
 * @param home     the data folder, if given
 */
public record AppOptions(Optional<Path> dataFile, Optional<Path> home) {

    /** Where the reference data lives, relative to the project root (the working folder). */
    public static final Path REFERENCE_DATA = Path.of("..", "shared", "datasets", "diamonds", "diamonds.csv");

    public static AppOptions parse(List<String> args) {
        Optional<Path> data = value(args, "--data").map(Path::of);
        Optional<Path> home = value(args, "--home").map(Path::of);
        if (data.isEmpty() && Files.isRegularFile(REFERENCE_DATA)) {
            data = Optional.of(REFERENCE_DATA);
        }
        return new AppOptions(data, home);
    }

    private static Optional<String> value(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(name) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (arg.startsWith(name + "=")) {
                return Optional.of(arg.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }
}
