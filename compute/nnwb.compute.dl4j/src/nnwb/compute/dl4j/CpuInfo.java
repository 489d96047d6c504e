package nnwb.compute.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The host CPU as /proc/cpuinfo describes it: model name and instruction-set flags. */
public record CpuInfo(String model, Set<String> flags) {

    /** Reads /proc/cpuinfo; an unknown CPU (other OS) has an empty flag set. */
    public static CpuInfo read() {
        try {
            return parse(Files.readAllLines(Path.of("/proc/cpuinfo")));
        } catch (IOException | RuntimeException e) {
            return new CpuInfo(System.getProperty("os.arch"), Set.of());
        }
    }

    static CpuInfo parse(List<String> lines) {
        String model = System.getProperty("os.arch");
        Set<String> flags = Set.of();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("model name") && model.equals(System.getProperty("os.arch"))) {
                model = value;
            } else if (key.equals("flags") && flags.isEmpty()) {
                flags = Set.of(value.split("\\s+"));
            }
        }
        return new CpuInfo(model, flags);
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }
}
