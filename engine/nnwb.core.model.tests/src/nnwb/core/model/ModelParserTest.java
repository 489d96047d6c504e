package nnwb.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnwb.core.symbolic.Rational;
import org.junit.jupiter.api.Test;

class ModelParserTest {

    private static Finding onlyError(NetworkModel m) {
        List<Finding> errors = m.findings().stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void parsesHeaderSymbolsAndInput() {
        NetworkModel m = ModelParser.parse("""
                network my-net
                symbol NIC=1, NF=32 NC
                symbol kernel=3 odd
                input channels=NIC size=32x32
                """);
        assertEquals("my-net", m.name());
        assertEquals(List.of("NIC", "NF", "NC", "kernel"), m.symbols().stream().map(SymbolDecl::name).toList());
        assertNull(m.symbol("NC").defaultValue());
        assertEquals(Parity.ODD, m.symbol("kernel").parity());
        assertEquals(new Expr.Num(Rational.of(32), new Pos(2, 18, 2)), m.symbol("NF").defaultValue());
        assertEquals(2, m.input().args().size());
        assertEquals(2, m.input().args().get(1).values().size());
        assertFalse(m.hasErrors(), m.findings().toString());
    }

    @Test
    void expandsTheCourseworkShorthands() {
        NetworkModel m = ModelParser.parse("input 28x28x1\nCONV3-10\nPOOL2\nFLATTEN\nFC-3\n");
        assertFalse(m.hasErrors(), m.findings().toString());
        Statement conv = m.statements().get(0);
        assertEquals("conv", conv.kind());
        assertEquals(new Expr.Num(Rational.of(3), conv.kindPos()), conv.arg("kernel").value());
        assertEquals(Rational.ONE, ((Expr.Num) conv.arg("padding").value()).value());
        assertEquals(Rational.of(10), ((Expr.Num) conv.arg("filters").value()).value());
        assertEquals("maxpool", m.statements().get(1).kind());
        assertEquals("FLATTEN", m.statements().get(2).kind());
        assertEquals(Rational.of(3), ((Expr.Num) m.statements().get(3).arg("out").value()).value());
    }

    @Test
    void shorthandAcceptsSymbolsAndOverrides() {
        NetworkModel m = ModelParser.parse("input 8x8x1\nCONV2-NF padding_mode=circular\n");
        Statement conv = m.statements().get(0);
        assertEquals("NF", conv.arg("filters").value().asName());
        assertEquals(Rational.ONE, ((Expr.Num) conv.arg("padding").value()).value());
        assertEquals("circular", conv.arg("padding_mode").value().asName());
    }

    @Test
    void namedLayersPositionalsAndExpressions() {
        NetworkModel m = ModelParser.parse("input channels=3 size=32\nc1: conv 2*NF 3 stride=2 padding=kernel//2\n");
        Statement s = m.statements().get(0);
        assertEquals("c1", s.name());
        assertEquals(new Pos(2, 1, 2), s.namePos());
        assertEquals(new Pos(2, 5, 4), s.kindPos());
        assertEquals(2, s.positionals().size());
        Expr filters = s.positionals().get(0).value();
        assertTrue(filters instanceof Expr.Binary b && b.op().equals("*"));
        assertTrue(s.arg("padding").value() instanceof Expr.Binary b && b.op().equals("//"));
    }

    @Test
    void blocksCollectTheirBodyAndParameters() {
        NetworkModel m = ModelParser.parse("""
                input channels=3 size=32
                block res planes stride=1
                  c: conv planes 3 padding=1 stride=stride
                  add c input
                end
                layer1: res 3 repeat=2
                """);
        assertFalse(m.hasErrors(), m.findings().toString());
        BlockDef b = m.blocks().get("res");
        assertNotNull(b);
        assertEquals(List.of("planes", "stride"), b.params().stream().map(BlockDef.Param::name).toList());
        assertNull(b.params().get(0).defaultValue());
        assertEquals(2, b.body().size());
        assertEquals(1, m.statements().size());
        assertEquals("res", m.statements().get(0).kind());
    }

    @Test
    void missingInputIsAnError() {
        Finding f = onlyError(ModelParser.parse("relu\n"));
        assertTrue(f.message().contains("missing 'input'"), f.message());
    }

    @Test
    void valueExpectedAfterEquals() {
        Finding f = onlyError(ModelParser.parse("input 4x4x1\nconv filters= 3\nconv filters=\n"));
        assertEquals(3, f.line());
        assertTrue(f.message().contains("value expected"), f.message());
    }

    @Test
    void endWithoutBlockAndUnclosedBlock() {
        Finding f = onlyError(ModelParser.parse("input 4\nend\n"));
        assertEquals(2, f.line());
        NetworkModel m = ModelParser.parse("input 4\nblock b\n  relu\n");
        Finding g = onlyError(m);
        assertEquals(new Pos(2, 7, 1), new Pos(g.line(), g.column(), g.length()));
        assertTrue(g.message().contains("no 'end'"));
    }

    @Test
    void shorthandWithoutSizeIsAnError() {
        Finding f = onlyError(ModelParser.parse("input 4x4x1\nCONV3\n"));
        assertEquals(2, f.line());
        assertEquals(1, f.column());
        assertTrue(f.message().contains("CONV3-10"), f.message());
    }

    @Test
    void duplicateSymbolAndBlockNamesAreErrors() {
        assertTrue(onlyError(ModelParser.parse("symbol K\nsymbol K=2\ninput 4\n")).message().contains("declared twice"));
        assertTrue(onlyError(ModelParser.parse("input 4\nblock relu\n fc 2\nend\n")).message().contains("already taken"));
    }

    @Test
    void secondInputIsAnError() {
        Finding f = onlyError(ModelParser.parse("input 4\ninput 5\n"));
        assertEquals(2, f.line());
    }

    @Test
    void parsingGoesOnAfterAnError() {
        NetworkModel m = ModelParser.parse("input 4\nfc out=(3\nfc 2\n");
        assertEquals(1, m.findings().size());
        assertEquals(1, m.statements().size());
    }

    @Test
    void aNumberWithAnExponentIsAnErrorNotANumberAndAName() {
        NetworkModel m = ModelParser.parse("symbol a=1e400\ninput 4\n");
        Finding f = onlyError(m);
        assertEquals("'1e400' is not a number here: write whole numbers such as 1000000 (no exponents or units)", f.message());
        assertEquals(1, f.line());
        assertEquals(10, f.column());
        assertNull(m.symbol("e400"));
        assertEquals("'2e+5' is not a number here: write whole numbers such as 1000000 (no exponents or units)",
                onlyError(ModelParser.parse("input 4\nfc 2e+5\n")).message());
        assertFalse(ModelParser.parse("input 28x28x1\nconv 3 1\n").hasErrors(), "sizes such as 28x28x1 still read");
    }
}
