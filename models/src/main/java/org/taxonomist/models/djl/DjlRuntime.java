package org.taxonomist.models.djl;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.ndarray.NDManager;
import java.util.Locale;

/**
 * Starts DJL engines strictly offline, and is the one place that chooses the device.
 *
 * <p>Offline: without {@code ai.djl.offline} the PyTorch engine may try to download native
 * libraries and probes a cloud metadata address at start-up; without {@code OPT_OUT_TRACKING} it
 * reports telemetry. Both are set here unless the operator set them, before an engine class is
 * first touched. The natives come from the {@code pytorch-native-cpu} jar on the class path and are
 * unpacked once into {@code DJL_CACHE_DIR} (default {@code ~/.djl.ai}); OnnxRuntime's come from the
 * {@code com.microsoft.onnxruntime} jar.
 *
 * <p>Device: system property {@value #DEVICE_PROPERTY}, else environment variable
 * {@value #DEVICE_ENV}, else {@code auto}: a GPU if the engine was built with CUDA and DJL finds
 * one, else the CPU. {@code cpu}, {@code gpu} and {@code gpu:N} force a choice (a backbone spec's
 * {@code device=} option overrides it per backbone).
 */
final class DjlRuntime {

    static final String ENGINE = "PyTorch";
    static final String ONNX_ENGINE = "OnnxRuntime";
    static final String DEVICE_PROPERTY = "taxonomist.backbone.device";
    static final String DEVICE_ENV = "TAXONOMIST_BACKBONE_DEVICE";

    private DjlRuntime() {}

    /** The engine {@code name} ({@value #ENGINE} or {@value #ONNX_ENGINE}), started offline. */
    static Engine engine(String name) {
        offlineDefaults();
        return Engine.getEngine(name);
    }

    /** Sets {@code ai.djl.offline} and {@code OPT_OUT_TRACKING} to true unless the operator chose. */
    static synchronized void offlineDefaults() {
        if (System.getProperty("ai.djl.offline") == null && System.getenv("DJL_OFFLINE") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("OPT_OUT_TRACKING") == null && System.getenv("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }

    /** A PyTorch manager on the CPU, whatever the configuration (training, tests that compare devices). */
    static NDManager newCpuManager() {
        return engine(ENGINE).newBaseManager(Device.cpu());
    }

    /** A PyTorch manager on {@code device}. */
    static NDManager newManager(Device device) {
        return engine(ENGINE).newBaseManager(device);
    }

    /** Whether {@code engine} can run on a GPU here: built with CUDA, and at least one GPU visible. */
    static boolean hasGpu(String engine) {
        Engine e = engine(engine);
        return e.hasCapability(StandardCapabilities.CUDA) && e.getGpuCount() > 0;
    }

    /**
     * The device to run {@code engine} on.
     *
     * @param requested {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}; null or blank: the
     *                  configured default ({@value #DEVICE_PROPERTY}, else {@code auto})
     * @throws IllegalArgumentException for an unknown value, or a GPU asked for where there is none
     */
    static Device device(String engine, String requested) {
        String choice = requested;
        if (choice == null || choice.isBlank()) {
            choice = System.getProperty(DEVICE_PROPERTY);
        }
        if (choice == null || choice.isBlank()) {
            choice = System.getenv(DEVICE_ENV);
        }
        choice = choice == null || choice.isBlank() ? "auto" : choice.strip().toLowerCase(Locale.ROOT);
        if (choice.equals("auto")) {
            return hasGpu(engine) ? Device.gpu() : Device.cpu();
        }
        if (choice.equals("cpu")) {
            return Device.cpu();
        }
        if (choice.equals("gpu") || choice.startsWith("gpu:")) {
            if (!hasGpu(engine)) {
                throw new IllegalArgumentException("Device " + choice + " asked for, but the " + engine
                        + " engine finds no GPU (CPU-only natives, or no CUDA device visible)");
            }
            try {
                return choice.equals("gpu") ? Device.gpu() : Device.gpu(Integer.parseInt(choice.substring(4)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Unknown device '" + choice + "' (auto, cpu, gpu or gpu:N)");
            }
        }
        throw new IllegalArgumentException("Unknown device '" + choice + "' (auto, cpu, gpu or gpu:N)");
    }
}
