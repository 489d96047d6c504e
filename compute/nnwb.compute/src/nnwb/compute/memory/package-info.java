/** Memory readings (JVM heap, native memory held by the backend, GPU memory) as snapshots and a stream. */
package nnwb.compute.memory;
