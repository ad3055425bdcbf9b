package com.carato.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The desktop app's command-line options: {@code --data FILE} chooses the stones to open. Without
 * it the reference data beside the project is opened, if it is there.
 *
 * @param dataFile the file to open at start, if any
 */
public record AppOptions(Optional<Path> dataFile) {

    /** Where the reference data lives, relative to the project root (the working folder). */
    public static final Path REFERENCE_DATA = Path.of("..", "shared", "datasets", "diamonds", "diamonds.csv");

    public static AppOptions parse(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data") && i + 1 < args.size()) {
                return new AppOptions(Optional.of(Path.of(args.get(i + 1))));
            }
            if (arg.startsWith("--data=")) {
                return new AppOptions(Optional.of(Path.of(arg.substring("--data=".length()))));
            }
        }
        return new AppOptions(Files.isRegularFile(REFERENCE_DATA) ? Optional.of(REFERENCE_DATA) : Optional.empty());
    }
}
