package nnwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class VersionReportTest {

    @Test
    void workbenchMinorMapsToEclipseRelease() {
        assertEquals("4.39", VersionReport.eclipseRelease("3.139.0.v20260101"));
        assertEquals("4.36", VersionReport.eclipseRelease("3.136.1"));
        assertEquals("not installed", VersionReport.eclipseRelease(null));
    }

    @Test
    void namesJavaAndMissingBundlesPlainly() {
        Map<String, String> e = VersionReport.collect(n -> n.equals("nnwb.core") ? "0.1.0" : null,
                Map.of("dl4j", "1.0.0-M2.1")).entries();
        assertEquals(System.getProperty("java.version"), e.get("java"));
        assertEquals("0.1.0", e.get("nnwb"));
        assertEquals("not installed", e.get("swt"));
        assertEquals("1.0.0-M2.1", e.get("dl4j"));
    }
}
