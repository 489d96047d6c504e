/**
 * The Spark job: the workbench's own training ({@code nnwb.train}) and grading ({@code nnwb.core.assignment},
 * {@code nnwb.assignment}) classes run as Spark tasks, one per run spec or per answers file; each task writes its run
 * folder or feedback file itself, atomically, and the driver writes the summary or the grade sheet: the same files
 * the desktop writes. A resubmitted job skips what is finished.
 */
package nnwb.spark;
