package nnwb.core.check;

/** What kind of input a part asks for, so that a view can offer the right field and preview. */
public enum AnswerKind {
    /** An exact integer. */
    INTEGER,
    /** A real number, possibly with a unit. */
    REAL,
    /** A list of numbers. */
    VECTOR,
    /** Rows of numbers. */
    MATRIX,
    /** Rows by named columns. */
    TABLE,
    /** A formula in named symbols. */
    FORMULA,
    /** Free text, collected for the instructor. */
    TEXT
}
