package nnwb.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void roundTripsNestedValues() {
        Map<String, Object> o = Json.object();
        o.put("name", "conv \"1\"\n");
        o.put("size", 14L);
        o.put("big", new BigInteger("123456789012345678901234567890"));
        o.put("ratio", 0.25);
        o.put("ok", true);
        o.put("none", null);
        o.put("list", List.of(1L, 2L, Map.of("a", "b")));
        Object back = Json.parse(Json.write(o));
        assertEquals(o, back);
    }

    @Test
    void writesIntegralDoublesWithoutExponent() {
        String text = Json.write(List.of(1.0, 2.5, 1e6));
        assertEquals("[1,2.5,1000000]", text.replaceAll("\\s", ""));
        assertEquals(List.of(1L, 2.5, 1000000L), Json.parse(text));
    }

    @Test
    void badTextIsRejectedInOneLineWithoutGsonsWording() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": }"));
        assertTrue(e.getMessage().matches("bad JSON: not valid JSON at line 1 column \\d+"), e.getMessage());
        IllegalArgumentException passwd = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n"));
        assertTrue(passwd.getMessage().matches("bad JSON: not valid JSON at line 1 column \\d+"), passwd.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} trailing"));
    }
}
