package nnwb.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayerKindTest {

    @Test
    void keywordsAndAliasesIgnoreCase() {
        assertEquals(LayerKind.CONV, LayerKind.lookup("Conv2d"));
        assertEquals(LayerKind.CONV_TRANSPOSE, LayerKind.lookup("ConvTranspose2d"));
        assertEquals(LayerKind.FC, LayerKind.lookup("Linear"));
        assertEquals(LayerKind.BATCH_NORM, LayerKind.lookup("bn"));
        assertEquals(LayerKind.FLATTEN, LayerKind.lookup("FLATTEN"));
        assertEquals(LayerKind.GLOBAL_AVG_POOL, LayerKind.lookup("gap"));
        assertNull(LayerKind.lookup("convolve"));
    }

    @Test
    void everyWordNamesOneKind() {
        Set<String> seen = new HashSet<>();
        for (LayerKind k : LayerKind.values()) {
            assertTrue(seen.add(k.keyword()), k.keyword());
            for (String a : k.aliases()) {
                assertTrue(seen.add(a), a);
            }
            assertTrue(k.parameters().containsAll(k.positionalParameters()) || k.merges(), k.name());
            assertFalse(k.description().isBlank());
        }
    }

    @Test
    void categories() {
        assertTrue(LayerKind.ADD.merges());
        assertTrue(LayerKind.RELU.elementwise());
        assertTrue(LayerKind.DROPOUT.elementwise());
        assertFalse(LayerKind.DROPOUT.activation());
        assertTrue(LayerKind.SOFTMAX.activation());
        assertFalse(LayerKind.CONV.elementwise());
    }
}
