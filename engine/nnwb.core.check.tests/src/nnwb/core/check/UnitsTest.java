package nnwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "1 {0} is {1} base units")
    @CsvSource({"B, 1", "bytes, 1", "KB, 1000", "kB, 1000", "KiB, 1024", "MB, 1000000", "MiB, 1048576",
        "GB, 1000000000", "GiB, 1073741824", "bit, 0.125", "s, 1", "ms, 0.001", "µs, 0.000001", "min, 60",
        "k, 1000", "M, 1000000", "'M params', 1000000", "parameters, 1", "million, 1000000", "Megabytes, 1000000"})
    void unitsConvertToTheirBase(String unit, String base) {
        Unit u = Units.parse(unit, Dimension.BYTES);
        Unit target = switch (u.dimension()) {
            case BYTES -> Units.BYTE;
            case TIME -> Units.SECOND;
            case COUNT -> Units.COUNT;
        };
        assertEquals(0, new BigDecimal(base).compareTo(u.convert(BigDecimal.ONE, target)));
    }

    @ParameterizedTest
    @CsvSource({"mb", "Mb", "kb", "meters", "MB params"})
    void ambiguousOrForeignUnitsAreRefusedNamingTheAcceptedOnes(String unit) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.parse(unit, Dimension.BYTES));
        assertTrue(e.getMessage().contains(unit), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"MB, MiB", "KiB, KB", "GB, GiB"})
    void decimalAndBinaryUnitsAreTwins(String a, String b) {
        assertEquals(b, Units.sibling(Units.of(a)).orElseThrow().symbol());
    }
}
