package com.carato.app.sheet;

import com.carato.service.SafeFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shop's logo, kept as a copy in the app's data folder ({@code <data folder>/shop/}) so the
 * sheet still has it when the original is moved or deleted. Only PNG and JPEG images are taken:
 * the two a PDF embeds as they are.
 */
public final class ShopLogos {

    /** Larger logos are refused: a letterhead needs no more, and a sheet should stay small. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private ShopLogos() {
    }

    /** What is wrong with a logo file, for a message in the user's language. */
    public enum Problem { NOT_A_FILE, TOO_LARGE, NOT_PNG_OR_JPEG, DAMAGED }

    /** A logo that cannot be used: the file and what is wrong with it. */
    public static final class LogoException extends IOException {
        private final Problem problem;
        private final Path file;

        LogoException(Problem problem, Path file, String message) {
            super(message);
            this.problem = problem;
            this.file = file;
        }

        public Problem problem() {
            return problem;
        }

        public Path file() {
            return file;
        }
    }

    /**
     * Checks {@code source} and copies it atomically into {@code shopFolder} as {@code logo.png}
     * or {@code logo.jpg}.
     *
     * @return the copy
     * @throws LogoException naming the file and what is wrong with it
     * @throws IOException   when the copy cannot be written
     */
    public static Path importLogo(Path source, Path shopFolder) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new LogoException(Problem.NOT_A_FILE, source, source + " is not a file");
        }
        long size = Files.size(source);
        if (size > MAX_BYTES) {
            throw new LogoException(Problem.TOO_LARGE, source, source + " is " + size / 1024
                    + " KB; a logo may have at most " + MAX_BYTES / 1024 + " KB");
        }
        byte[] bytes = Files.readAllBytes(source);
        String extension = type(bytes);
        if (extension == null) {
            throw new LogoException(Problem.NOT_PNG_OR_JPEG, source, source + " is not a PNG or JPEG image");
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new LogoException(Problem.DAMAGED, source, source + " cannot be read as an image (damaged?)");
        }
        Path target = shopFolder.resolve("logo." + extension);
        SafeFiles.write(target, out -> out.write(bytes));
        return target;
    }

    /** "png" or "jpg" from the file's first bytes, or null. */
    static String type(byte[] bytes) {
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "png";
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return "jpg";
        }
        return null;
    }
}
