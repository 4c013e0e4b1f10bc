package org.dropinkiosk.content.editor;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Test files: a JPEG carrying an EXIF block with GPS position, and a Windows program's first bytes. */
public final class PhotoFiles {

    /** A text in the GPS block the test looks for (GPSAreaInformation-like ASCII). */
    public static final String GPS_MARK = "GPS:51.4545N,2.5879W";

    private PhotoFiles() {}

    public static byte[] jpegWithGps(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] app1 = exifApp1();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(app1);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** An APP1 "Exif" segment: a TIFF header, IFD0 with a GPS pointer, and a GPS IFD with latitude ref and a text. */
    private static byte[] exifApp1() {
        byte[] mark = GPS_MARK.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff =
                ByteBuffer.allocate(8 + 18 + 2 + 2 * 12 + 4 + mark.length + 8).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0: one entry, GPSInfo (0x8825) pointing at the GPS IFD at offset 26.
        tiff.putShort((short) 1)
                .putShort((short) 0x8825)
                .putShort((short) 4)
                .putInt(1)
                .putInt(26)
                .putInt(0);
        // GPS IFD: GPSLatitudeRef "N", GPSAreaInformation (0x001C, UNDEFINED) holding the mark.
        int dataAt = 26 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putShort((short) 0x001C).putShort((short) 7).putInt(mark.length).putInt(dataAt);
        tiff.putInt(0);
        tiff.put(mark);
        byte[] body = new byte[tiff.position()];
        tiff.flip();
        tiff.get(body);
        ByteBuffer seg = ByteBuffer.allocate(4 + 6 + body.length).order(ByteOrder.BIG_ENDIAN);
        seg.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
        seg.put("Exif".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0)
                .put((byte) 0)
                .put(body);
        return seg.array();
    }

    /** The start of a Windows .exe ("MZ", the DOS stub's words), as if renamed to holiday.jpg. */
    public static byte[] windowsProgram() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        return exe;
    }
}
