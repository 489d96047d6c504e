package nnwb.spark.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The launcher as training and grading get it: a Declarative Services service of this bundle, building the
 * submission with the executor defaults, exporting it and refusing a missing job jar in one line.
 */
class SparkLauncherServiceTest {

    private static SparkLauncher service() throws Exception {
        Bundle self = FrameworkUtil.getBundle(SparkLauncher.class);
        assertNotNull(self, "the launcher runs in OSGi here");
        if (self.getState() != Bundle.ACTIVE) {
            self.start();
        }
        ServiceTracker<SparkLauncher, SparkLauncher> t =
                new ServiceTracker<>(self.getBundleContext(), SparkLauncher.class, null);
        t.open();
        try {
            SparkLauncher s = t.waitForService(TimeUnit.SECONDS.toMillis(30));
            assertNotNull(s, "no SparkLauncher service registered within 30 s");
            return s;
        } finally {
            t.close();
        }
    }

    @Test
    void theServiceBuildsAndExportsTheSubmission(@TempDir Path dir) throws Exception {
        SparkLauncher s = service();
        SparkSubmitLine line = s.line("spark://gw:7077", Path.of("nnwb-spark-job.jar"),
                List.of("sweep", "--specs", "specs.json"), 100L << 20);
        assertEquals(ExecutorDefaults.conf(100L << 20), line.conf());
        Path jar = Files.writeString(dir.resolve("built.jar"), "not really a jar");
        Path script = s.export(line, jar, dir.resolve("out"));
        assertEquals(dir.resolve("out").resolve(SparkLauncher.SCRIPT), script);
        assertEquals("not really a jar", Files.readString(dir.resolve("out/nnwb-spark-job.jar")));
        List<String> lines = Files.readAllLines(script);
        assertEquals(line.shellLine(), lines.get(lines.size() - 1));
        assertTrue(line.shellLine().contains("--master spark://gw:7077"), line.shellLine());
    }

    @Test
    void aMissingJobJarIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        SparkLauncher s = service();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.jobJar(Map.of(SparkLauncher.JOB_JAR_ENV, dir.resolve("none.jar").toString())));
        assertTrue(e.getMessage().startsWith("no Spark job jar at " + dir.resolve("none.jar")), e.getMessage());
        assertEquals(dir.resolve("built.jar"), s.jobJar(Map.of(SparkLauncher.JOB_JAR_ENV,
                Files.writeString(dir.resolve("built.jar"), "x").toString())));
    }

    /**
     * With nothing set, the job jar is the one the optional feature nnwb.spark.feature installs in the installation
     * folder ({@code osgi.install.area}) as its root file {@code spark/nnwb-spark-job.jar}; before it is installed the
     * one-line reason names that feature.
     */
    @Test
    void withAnEmptyEnvironmentTheJobJarIsTheOneTheSparkFeatureInstalled() throws Exception {
        SparkLauncher s = service();
        String area = System.getProperty("osgi.install.area");
        assertTrue(area != null && area.startsWith("file:"), "an OSGi installation: " + area);
        Path install = Path.of(java.net.URI.create(area.replace(" ", "%20")));
        Path jar = install.resolve("spark").resolve("nnwb-spark-job.jar");
        Files.deleteIfExists(jar);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.jobJar(Map.of()));
        assertTrue(e.getMessage().contains("install the feature nnwb.spark.feature"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        try {
            Files.createDirectories(jar.getParent());
            Files.writeString(jar, "installed by p2 from the feature's root files");
            assertEquals(jar, s.jobJar(Map.of()));
            assertEquals(jar, s.jobJar(Map.of(SparkLauncher.JOB_JAR_ENV, " ")), "a blank variable is no setting");
        } finally {
            Files.deleteIfExists(jar);
            Files.deleteIfExists(jar.getParent());
        }
    }
}
