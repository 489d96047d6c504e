package nnwb.ui;

import java.util.List;

/**
 * The five tools of the workbench, the view each one opens and the folder of the
 * Coursework perspective it lives in. Tool bundles contribute views with these ids.
 */
public enum Tool {
    MODEL_EDITOR("nnwb.model.ui.summary", "Model editor",
            "Write a network in .nnet and see shapes, parameters, multiplications, memory and receptive field.",
            Folder.RIGHT),
    CONV_CALCULATOR("nnwb.conv.ui.calculator", "Conv arithmetic",
            "Output sizes, minimum inputs, padding solvers and receptive fields, drawn.", Folder.BOTTOM),
    OPTIMIZER_TRACE("nnwb.optim.ui.trace", "Optimizer trace",
            "Watch SGD, momentum, RMSProp and Adam move on a loss surface.", Folder.BOTTOM),
    FILTER_CANVAS("nnwb.filter.ui.canvas", "Filter design",
            "Design blur and edge filters and see them convolve an image.", Folder.RIGHT),
    TRAINING_RUNNER("nnwb.train.ui.runner", "Training runner",
            "Train small CNNs and watch loss, accuracy and (GPU) memory.", Folder.BOTTOM);

    /** Folders of the Coursework perspective. */
    public enum Folder {
        LEFT, RIGHT, BOTTOM;

        public String id() {
            return "nnwb.ui.folder." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The Coursework perspective's id. */
    public static final String PERSPECTIVE_ID = "nnwb.ui.perspective.coursework";
    /** The Coursework overview view, always present in the left folder. */
    public static final String OVERVIEW_VIEW_ID = "nnwb.ui.views.coursework";

    private final String viewId;
    private final String label;
    private final String description;
    private final Folder folder;

    Tool(String viewId, String label, String description, Folder folder) {
        this.viewId = viewId;
        this.label = label;
        this.description = description;
        this.folder = folder;
    }

    public String viewId() {
        return viewId;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Folder folder() {
        return folder;
    }

    public static List<Tool> in(Folder f) {
        return java.util.Arrays.stream(values()).filter(t -> t.folder == f).toList();
    }
}
