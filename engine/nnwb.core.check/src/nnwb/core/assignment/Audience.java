package nnwb.core.assignment;

/** Who reads feedback: a student never sees a hidden key; an instructor sees everything. */
public enum Audience {
    /** Hidden keys are left out. */
    STUDENT,
    /** Everything, hidden keys included. */
    INSTRUCTOR
}
