package org.taxonomist.models.djl;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

/**
 * Starts DJL's PyTorch engine strictly offline. Without {@code ai.djl.offline} the engine may try
 * to download native libraries and probes a cloud metadata address at start-up; without
 * {@code OPT_OUT_TRACKING} it reports telemetry. Both are set here unless the operator set them,
 * before the engine class is first touched. The natives come from the {@code pytorch-native-cpu}
 * jar on the class path and are unpacked once into {@code DJL_CACHE_DIR} (default {@code ~/.djl.ai}).
 */
final class DjlRuntime {

    static final String ENGINE = "PyTorch";

    private DjlRuntime() {
    }

    static synchronized NDManager newCpuManager() {
        if (System.getProperty("ai.djl.offline") == null && System.getenv("DJL_OFFLINE") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("OPT_OUT_TRACKING") == null && System.getenv("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
        return Engine.getEngine(ENGINE).newBaseManager(Device.cpu());
    }
}
