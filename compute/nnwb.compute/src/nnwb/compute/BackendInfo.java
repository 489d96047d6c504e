package nnwb.compute;

import java.util.Map;

/**
 * The backend the service computes with.
 *
 * @param name      e.g. "ND4J CPU (nd4j-native linux-x86_64-onednn-avx2)"
 * @param version   library version, e.g. "1.0.0-M2.1"
 * @param device    the device it computes on
 * @param accelerated whether the fast layer implementations (oneDNN helpers, cuDNN) are active
 * @param details   further facts (BLAS vendor, data type, helper check), in display order
 * @param startMillis how long the start took
 */
public record BackendInfo(String name, String version, DeviceInfo device, boolean accelerated,
        Map<String, String> details, long startMillis) {

    public BackendInfo {
        details = Map.copyOf(details);
    }
}
