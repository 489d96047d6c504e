/** The launcher service's implementation: the process, its failure line and the command's error report. */
package nnwb.spark.launch.internal;
