package nnwb.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;

import nnwb.spark.launch.ExecutorDefaults;

/**
 * JavaCPP's native cache shared by every executor of a node when no {@code org.bytedeco.javacpp.cachedir} is given:
 * {@code nnwb-javacpp-USER-DL4JVERSION} in this JVM's {@code java.io.tmpdir}. The first executor unpacks the natives
 * there (JavaCPP holds a file lock on the folder while it extracts, so executors starting together wait for it) and
 * every later executor and job of the same user and DL4J release loads them as they are.
 */
final class NodeCache {

    private NodeCache() {
    }

    /** The folder on this node. */
    static Path dir() {
        Path jar;
        try {
            jar = Path.of(NodeCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            jar = null;
        }
        return dir(dl4jVersion(jar));
    }

    /** The folder on this node for the job jar of DL4J release {@code version}. */
    static Path dir(String version) {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), ExecutorDefaults.NODE_CACHE + "-" + user + "-" + version);
    }

    /** The DL4J release of the job jar {@code jar} ({@code NNWB-DL4J-Version} of its manifest), else {@code dev}. */
    static String dl4jVersion(Path jar) {
        try {
            if (jar != null && jar.toString().endsWith(".jar")) {
                try (JarFile f = new JarFile(jar.toFile())) {
                    String v = f.getManifest() == null ? null : f.getManifest().getMainAttributes().getValue("NNWB-DL4J-Version");
                    if (v != null && v.matches("[A-Za-z0-9._-]+")) {
                        return v;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return "dev";
        }
        return "dev";
    }
}
