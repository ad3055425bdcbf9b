package com.carato.ml.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions this build was made with (filtered into {@code carato-build.properties} by Maven). */
public final class BuildInfo {

    private static final Properties PROPS = new Properties();

    static {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/carato-build.properties")) {
            if (in != null) {
                PROPS.load(in);
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private BuildInfo() {
    }

    public static String smileVersion() {
        return PROPS.getProperty("smile.version", "unknown");
    }

    public static String caratoVersion() {
        return PROPS.getProperty("carato.version", "unknown");
    }

    public static java.util.Map<String, String> libraries() {
        return java.util.Map.of("smile", smileVersion(), "carato", caratoVersion(),
                "java", System.getProperty("java.version"), "tablesaw", PROPS.getProperty("tablesaw.version", "unknown"));
    }
}
