package nnwb.core.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RfParserTest {

    @Test
    void readsLayersWithDefaultsAndAnyLetterOrder() {
        RfParser.Result r = RfParser.parse(" k3s1, K2S2 ,k3s2p1d2, d2k3 ");
        assertTrue(r.ok(), r.error());
        assertEquals(List.of(new RfLayer("k3s1", 3, 1, 0, 1), new RfLayer("k2s2", 2, 2, 0, 1),
                new RfLayer("k3s2p1d2", 3, 2, 1, 2), new RfLayer("d2k3", 3, 1, 0, 2)), r.nodes());
    }

    @Test
    void readsBranchesWithAnIdentityPath() {
        RfParser.Result r = RfParser.parse("k7s2p3,(k3s1p1,k3s1p1|),k2s2");
        assertTrue(r.ok(), r.error());
        assertEquals(3, r.nodes().size());
        RfBranches b = assertInstanceOf(RfBranches.class, r.nodes().get(1));
        assertEquals(2, b.paths().size());
        assertEquals(2, b.paths().get(0).size());
        assertTrue(b.paths().get(1).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "k", "s2", "k3,", "k3 k2", "k3s1s2", "(k3|k1", "k3)", "x3", "k99999999999"})
    void badTextIsAnErrorValue(String text) {
        RfParser.Result r = RfParser.parse(text);
        assertFalse(r.ok());
        assertTrue(r.nodes().isEmpty());
        assertFalse(r.error().isBlank());
    }
}
