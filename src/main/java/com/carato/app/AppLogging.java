package com.carato.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/** The desktop app also logs to a file in its data folder, where support can find the details. */
final class AppLogging {

    private AppLogging() {
    }

    /**
     * Adds {@code dir/carato.log} to the root logger; returns the file only when it really is being
     * written (so that an error dialog never points at a log that does not exist).
     */
    static java.util.Optional<Path> toFile(Path dir) {
        Path file = dir.resolve("carato.log");
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return java.util.Optional.empty();
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n");
        encoder.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        if (!appender.isStarted() || !Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        context.getLogger("com.carato").setLevel(ch.qos.logback.classic.Level.INFO);
        return java.util.Optional.of(file);
    }
}
