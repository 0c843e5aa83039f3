package org.bodywork.qualification;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.bodywork.shared.Evidence;

/**
 * A public photo as its pixels alone: decoded and written again, so that what a camera or phone
 * put in the file besides the picture (EXIF: where and when it was taken, the device, a thumbnail
 * of the uncropped original) never reaches the directory (issue 23, review L4).
 */
final class PhotoPixels {

    private PhotoPixels() {}

    /** The same picture in the same format without its metadata; empty if the file is no picture Java can read. */
    static Optional<Evidence> of(Evidence photo) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (image == null) {
            return Optional.empty();
        }
        boolean jpeg = photo.type() == Evidence.Type.JPEG;
        if (jpeg && image.getColorModel().hasAlpha()) {
            BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            opaque.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
            image = opaque;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer =
                ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (jpeg) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return Optional.of(new Evidence(photo.name(), photo.type(), out.toByteArray()));
    }
}
