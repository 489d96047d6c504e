package nnwb.compute.graph;

import java.util.List;

/**
 * The result of mapping a model onto a {@link GraphSpec}: the spec, or, when some layer cannot be expressed, no
 * spec and one line per problem ("conv2: groups=2: DL4J has no grouped convolution").
 */
public record GraphMapping(GraphSpec spec, List<String> unsupported) {

    public GraphMapping {
        unsupported = List.copyOf(unsupported);
        if ((spec == null) == unsupported.isEmpty()) {
            throw new IllegalArgumentException("either a spec or the reasons why not");
        }
    }

    public boolean supported() {
        return spec != null;
    }

    /** The reasons joined into one message. */
    public String reason() {
        return String.join("; ", unsupported);
    }
}
