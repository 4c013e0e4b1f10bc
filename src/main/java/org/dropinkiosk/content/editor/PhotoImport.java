package org.dropinkiosk.content.editor;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.dropinkiosk.config.KioskFiles;

/**
 * A photo staff upload for a News block: read as JPEG or PNG only, scaled to at most {@value #MAX_SIDE} px and
 * written again from its pixels (so no location or other metadata survives), under a generated name in
 * kiosk-config/pictures.
 */
public final class PhotoImport {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_SIDE = 800;
    /** Larger pictures are refused before their pixels are read: a small file can claim a huge size. */
    static final long MAX_PIXELS = 60_000_000L;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a photo was not saved: a message key in messages/content.properties. */
    public static final class Refused extends Exception {
        private final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Path pictures;

    public PhotoImport(Path pictures) {
        this.pictures = pictures;
    }

    public Path pictures() {
        return pictures;
    }

    /** Saves the photo and returns its new file name; nothing is saved when it is refused. */
    public String save(byte[] bytes) throws Refused, IOException {
        if (bytes.length > MAX_BYTES) {
            throw new Refused("content.editor.photo.too-big");
        }
        BufferedImage image = read(bytes);
        BufferedImage scaled = scale(image);
        boolean clear = scaled.getColorModel().hasAlpha();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(scaled, clear ? "png" : "jpeg", out)) {
            throw new Refused("content.editor.photo.not-a-picture");
        }
        String name = "photo-" + LocalDate.now() + "-" + HexFormat.of().toHexDigits(RANDOM.nextInt())
                + (clear ? ".png" : ".jpg");
        KioskFiles.write(pictures.resolve(name), out.toByteArray());
        return name;
    }

    private static BufferedImage read(byte[] bytes) throws Refused, IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("content.editor.photo.not-a-picture");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase();
                if (!format.equals("jpeg") && !format.equals("png")) {
                    throw new Refused("content.editor.photo.not-a-picture");
                }
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new Refused("content.editor.photo.too-many-pixels");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // Read every n-th pixel of a big photo: the decoded picture stays about twice the saved size.
                int step = (int) Math.max(1, Math.max(width, height) / (2L * MAX_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                throw new Refused("content.editor.photo.not-a-picture");
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scale(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double f = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
        int nw = Math.max(1, (int) Math.round(w * f));
        int nh = Math.max(1, (int) Math.round(h * f));
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(nw, nh, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, nw, nh, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
