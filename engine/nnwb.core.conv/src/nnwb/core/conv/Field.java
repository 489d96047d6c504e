package nnwb.core.conv;

/** The input fields of the calculator, so that a validation message can be shown next to the right field. */
public enum Field {
    INPUT("in"),
    KERNEL("k"),
    STRIDE("s"),
    PAD_BEFORE("p"),
    PAD_AFTER("p"),
    DILATION("d"),
    OUTPUT_PADDING("op"),
    MODE("mode"),
    KIND("kind"),
    TARGET("target"),
    LAYERS("layers");

    private final String option;

    Field(String option) {
        this.option = option;
    }

    /** The command-line option that sets this field, without the leading dashes. */
    public String option() {
        return option;
    }
}
