package org.taxonomist.models.image;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.NodeList;

/**
 * The colour profile a PNG embeds (its iCCP chunk), put on its pixels. The JDK's PNG reader, the only
 * maintained one for ImageIO, leaves the profile in the metadata and returns the pixels as if they were
 * sRGB: a photo saved in Adobe RGB then looks dull (4.5 levels off on average in the decoder corpus).
 * TwelveMonkeys applies embedded profiles itself for the formats it reads.
 */
final class PngColourProfile {

    private PngColourProfile() {}

    /** {@code image} with the colour space of the profile in {@code metadata}; {@code image} itself if there is none. */
    static BufferedImage applied(BufferedImage image, IIOMetadata metadata) {
        NodeList chunks = ((IIOMetadataNode) metadata.getAsTree("javax_imageio_png_1.0")).getElementsByTagName("iCCP");
        ColorModel model = image.getColorModel();
        if (chunks.getLength() == 0 || !(model instanceof ComponentColorModel)) {
            return image; // palette images with a profile are rare: their colours are taken as sRGB
        }
        ICC_Profile profile;
        try {
            profile = ICC_Profile.getInstance(inflated((byte[]) ((IIOMetadataNode) chunks.item(0)).getUserObject()));
        } catch (IllegalArgumentException | DataFormatException e) {
            return image; // a damaged profile: the pixels are still the picture
        }
        if (profile.getColorSpaceType() != model.getColorSpace().getType()
                || profile.getColorSpaceType() != ColorSpace.TYPE_RGB) {
            return image;
        }
        ColorModel withProfile = new ComponentColorModel(
                new ICC_ColorSpace(profile),
                model.hasAlpha(),
                model.isAlphaPremultiplied(),
                model.getTransparency(),
                model.getTransferType());
        return new BufferedImage(withProfile, image.getRaster(), withProfile.isAlphaPremultiplied(), null);
    }

    private static byte[] inflated(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("the profile ends too early");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
