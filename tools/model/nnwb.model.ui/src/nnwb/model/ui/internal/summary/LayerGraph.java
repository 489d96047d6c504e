package nnwb.model.ui.internal.summary;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.LayerRow;
import nnwb.core.graph.Node;

/**
 * The layer graph drawn by the summary view: one box per layer in file order, an edge for each input of a
 * layer. An edge from the layer just above is drawn straight; any other (a skip connection, a concat or a
 * {@code from=}) is drawn as an arc on the side, each on its own lane so arcs do not overlap. Display-free.
 */
public final class LayerGraph {

    /** One box: the row index and the text. */
    public record Box(int index, String name, String type, String shape) {
    }

    /** One edge between rows; {@code lane} is 0 for straight edges and 1.. for arcs. */
    public record Edge(int from, int to, int lane) {
        public boolean skip() {
            return lane > 0;
        }
    }

    private final List<Box> boxes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    public LayerGraph(AnalysisReport report) {
        Map<Node, Integer> index = new IdentityHashMap<>();
        List<LayerRow> rows = report.rows();
        for (int i = 0; i < rows.size(); i++) {
            LayerRow r = rows.get(i);
            index.put(r.node(), i);
            boxes.add(new Box(i, r.name(), r.type(), r.outputShape().format(report.graph().channelsLast(), report.format())));
        }
        List<int[]> laneEnds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (Node in : rows.get(i).node().inputs()) {
                Integer from = index.get(in);
                if (from == null) {
                    continue;
                }
                if (from == i - 1) {
                    edges.add(new Edge(from, i, 0));
                } else {
                    edges.add(new Edge(from, i, lane(laneEnds, from, i)));
                }
            }
        }
    }

    private static int lane(List<int[]> laneEnds, int from, int to) {
        for (int l = 0; l < laneEnds.size(); l++) {
            if (laneEnds.get(l)[0] <= from) {
                laneEnds.get(l)[0] = to;
                return l + 1;
            }
        }
        laneEnds.add(new int[] {to});
        return laneEnds.size();
    }

    public List<Box> boxes() {
        return List.copyOf(boxes);
    }

    public List<Edge> edges() {
        return List.copyOf(edges);
    }

    public long skipCount() {
        return edges.stream().filter(Edge::skip).count();
    }
}
