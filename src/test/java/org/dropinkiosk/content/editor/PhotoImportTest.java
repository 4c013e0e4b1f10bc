package org.dropinkiosk.content.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos are scaled and written again from their pixels: no GPS or other metadata survives; non-images save nothing. */
class PhotoImportTest {

    @TempDir
    Path pictures;

    @Test
    void a_jpeg_with_gps_metadata_is_saved_small_and_without_it() throws Exception {
        byte[] photo = PhotoFiles.jpegWithGps(2000, 1200);
        assertThat(new String(photo, StandardCharsets.ISO_8859_1))
                .contains("Exif")
                .contains(PhotoFiles.GPS_MARK);

        String name = new PhotoImport(pictures).save(photo);

        assertThat(name).matches("photo-\\d{4}-\\d\\d-\\d\\d-[0-9a-f]{8}\\.jpg");
        byte[] saved = Files.readAllBytes(pictures.resolve(name));
        String bytes = new String(saved, StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Exif").doesNotContain(PhotoFiles.GPS_MARK);
        BufferedImage image = ImageIO.read(pictures.resolve(name).toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(480);
    }

    @Test
    void a_program_renamed_to_jpg_is_refused_and_nothing_is_saved() throws Exception {
        byte[] exe = PhotoFiles.windowsProgram();

        assertThatThrownBy(() -> new PhotoImport(pictures).save(exe))
                .isInstanceOfSatisfying(
                        PhotoImport.Refused.class,
                        e -> assertThat(e.key()).isEqualTo("content.editor.photo.not-a-picture"));
        try (Stream<Path> files = Files.list(pictures)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_png_keeps_its_see_through_parts_as_png() throws Exception {
        BufferedImage clear = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(clear, "png", out);

        String name = new PhotoImport(pictures).save(out.toByteArray());

        assertThat(name).endsWith(".png");
        assertThat(ImageIO.read(pictures.resolve(name).toFile()).getWidth()).isEqualTo(300);
    }

    @Test
    void a_gif_is_not_taken() throws Exception {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 10, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "gif", out);
        assertThatThrownBy(() -> new PhotoImport(pictures).save(out.toByteArray()))
                .isInstanceOf(PhotoImport.Refused.class);
    }
}
