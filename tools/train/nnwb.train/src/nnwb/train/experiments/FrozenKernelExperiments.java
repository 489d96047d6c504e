package nnwb.train.experiments;

import java.util.List;

import nnwb.core.data.LayerOption;
import nnwb.core.data.RunConfig;

/**
 * Berkeley inductive bias Q2(ii): the convolution frozen and only the classifier trained, with the convolution
 * started either from hand-designed edge detectors (the filter canvas's Sobel presets and their negatives, so both
 * edge polarities survive the ReLU) or from the run's random initialisation, with few and with many training images.
 * Measured (seed 1, validation accuracy): 5 images per class 0.49 (edge detectors) and 0.52 (random); 100 per class
 * 0.96 and 0.88 (seed 2: 0.96 and 0.77). The sheet's statement that in the high-data regime the edge detectors do
 * worse than random kernels does not reproduce on these generated edge images: a random frozen convolution catches
 * up with data but stays below the edge detectors.
 */
public final class FrozenKernelExperiments {

    /** One 3x3 convolution of four channels, ReLU, 2x2 max pooling, flatten and the classifier. */
    public static final String MODEL = """
            # One convolution (frozen in these runs) and the classifier that is trained.
            network edge-detector-cnn
            symbol classes=3
            input 28x28x1
            conv1: conv 4 3 padding=1
            relu1: relu
            pool1: maxpool 2
            flat: flatten
            fc: fc classes
            """;

    /** The edge detectors of conv1: Sobel x and y and their negatives. */
    public static final List<String> EDGE_DETECTORS = List.of("sobel-x", "sobel-y", "1,0,-1;2,0,-2;1,0,-1",
            "1,2,1;0,0,0;-1,-2,-1");

    /** Training images per class in the low and the high data regime. */
    public static final int LOW = 5;
    public static final int HIGH = 100;

    private FrozenKernelExperiments() {
    }

    /** The runs: edge detectors and random kernels, frozen, at {@link #LOW} then {@link #HIGH} images per class. */
    public static Experiment frozenEdgeDetectors() {
        return Experiment.runs("frozen-edge-detectors", "Frozen conv: edge detectors vs random",
                "Only the classifier trains; the convolution keeps Sobel edge detectors or its random start. Which does better"
                        + " with few images, and which with many?",
                run("edge detectors, " + LOW + "/class", true, LOW), run("random kernels, " + LOW + "/class", false, LOW),
                run("edge detectors, " + HIGH + "/class", true, HIGH), run("random kernels, " + HIGH + "/class", false, HIGH));
    }

    private static RunConfig run(String name, boolean edges, int perClass) {
        return Experiments.edges(name, MODEL, "edges:per-class=" + perClass)
                .withLayers(List.of(new LayerOption("conv1", true, edges ? EDGE_DETECTORS : List.of())));
    }
}
