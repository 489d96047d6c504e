/**
 * The Spark job: the workbench's own training ({@code nnwb.train}) and grading ({@code nnwb.core.assignment},
 * {@code nnwb.assignment}) classes run as Spark tasks, one per run spec or per answers file; the driver writes the
 * same run folders, grade sheet and feedback files the desktop writes.
 */
package nnwb.spark;
