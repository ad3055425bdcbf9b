package com.carato.app.ui.explore;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Saves what a chart shows as a PNG image. */
final class ChartImages {

    private ChartImages() {
    }

    /**
     * Snapshots {@code chart} (on the FX thread) and writes it to {@code file} as PNG, atomically
     * (a temporary file beside it, then a move).
     */
    static void savePng(Node chart, Path file) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = chart.snapshot(parameters, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        com.carato.service.SafeFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
