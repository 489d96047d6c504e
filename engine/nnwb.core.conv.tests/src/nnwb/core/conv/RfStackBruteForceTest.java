package nnwb.core.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Receptive fields against propagating index sets backwards through the stack. */
class RfStackBruteForceTest {

    /** The input positions (padding positions included) that output cell {@code o} of the stack depends on. */
    static Set<Long> field(List<RfNode> nodes, Set<Long> outputs) {
        Set<Long> current = outputs;
        List<RfNode> reversed = new ArrayList<>(nodes);
        Collections.reverse(reversed);
        for (RfNode node : reversed) {
            Set<Long> before = new TreeSet<>();
            if (node instanceof RfLayer l) {
                for (long x : current) {
                    for (long j = 0; j < l.kernel(); j++) {
                        before.add(x * l.stride() + j * l.dilation() - l.padBefore());
                    }
                }
            } else if (node instanceof RfBranches b) {
                for (List<RfNode> path : b.paths()) {
                    before.addAll(field(path, current));
                }
            }
            current = before;
        }
        return current;
    }

    private static RfLayer randomLayer(Random r, boolean unitStride) {
        return RfLayer.of(1 + r.nextInt(5), unitStride ? 1 : 1 + r.nextInt(3), r.nextInt(4), 1 + r.nextInt(3));
    }

    private static void assertMatches(List<RfNode> nodes, RfStep step, String what) {
        for (long o = 0; o < 4; o++) {
            TreeSet<Long> f = new TreeSet<>(field(nodes, Set.of(o)));
            assertEquals(f.last() - f.first() + 1, step.receptiveField(), 1e-9, what + " o=" + o);
            assertEquals(f.first(), step.firstInputIndex(o), what + " o=" + o);
            assertEquals(f.last(), step.lastInputIndex(o), what + " o=" + o);
        }
    }

    @Test
    void chainsMatchSetPropagationAfterEveryLayer() {
        Random r = new Random(41);
        for (int c = 0; c < 1500; c++) {
            List<RfNode> nodes = new ArrayList<>();
            int n = 1 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                nodes.add(randomLayer(r, false));
            }
            RfReport report = RfStack.compute(nodes);
            assertTrue(report.valid());
            assertEquals(n, report.rows().size());
            for (int i = 0; i < n; i++) {
                assertMatches(nodes.subList(0, i + 1), report.rows().get(i).step(), nodes.toString());
            }
            assertMatches(nodes, report.total(), nodes.toString());
            assertEquals(report.receptiveField(), report.closedForm().value(), 1e-9, nodes.toString());
            RfStep viaThen = RfStep.input();
            for (RfNode node : nodes) {
                RfLayer l = (RfLayer) node;
                viaThen = viaThen.then(l.kernel(), l.stride(), l.padBefore(), l.dilation());
            }
            assertEquals(report.total(), viaThen);
        }
    }

    @Test
    void residualBranchesMatchTheUnionOfThePaths() {
        Random r = new Random(42);
        for (int c = 0; c < 1500; c++) {
            List<RfNode> nodes = new ArrayList<>();
            nodes.add(randomLayer(r, false));
            List<List<RfNode>> paths = new ArrayList<>();
            int pathCount = 1 + r.nextInt(3);
            for (int p = 0; p < pathCount; p++) {
                List<RfNode> path = new ArrayList<>();
                int len = r.nextInt(3);
                for (int i = 0; i < len; i++) {
                    path.add(randomLayer(r, true));
                }
                paths.add(path);
            }
            nodes.add(new RfBranches(paths));
            nodes.add(randomLayer(r, false));
            RfReport report = RfStack.compute(nodes);
            assertTrue(report.valid(), report.problems().toString());
            assertMatches(nodes, report.total(), nodes.toString());
            assertTrue(report.receptiveField() + 1e-9 >= report.closedForm().value(), "the span is at least the widest path");
        }
    }

    @Test
    void branchesWithDifferentJumpsAreAProblemNotAnException() {
        List<RfNode> nodes = List.of(new RfBranches(List.of(List.of(RfLayer.of(3, 2, 1, 1)), List.of())));
        RfReport report = RfStack.compute(nodes);
        assertFalse(report.valid());
        assertEquals(Field.LAYERS, report.problems().get(0).field());
    }

    @Test
    void invalidLayersAreProblems() {
        assertFalse(RfStack.compute(List.of(RfLayer.of(0, 1, 0, 1))).valid());
        assertFalse(RfStack.compute(List.of(RfLayer.of(3, 0, 0, 1))).valid());
        assertFalse(RfStack.compute(List.of(RfLayer.of(3, 1, -1, 1))).valid());
        assertFalse(RfStack.compute(List.of(RfLayer.of(3, 1, 0, 0))).valid());
        assertFalse(RfStack.compute(List.<RfNode>of()).valid());
        assertFalse(RfStack.compute("k3,,k2").valid());
    }

    @Test
    void inputConventionIsTheCentreOfCellZero() {
        RfStep in = RfStep.input();
        assertEquals(new RfStep(1, 1, 0.5), in);
        assertEquals(0, in.firstInputIndex(0));
        assertEquals(3, in.lastInputIndex(3));
    }
}
