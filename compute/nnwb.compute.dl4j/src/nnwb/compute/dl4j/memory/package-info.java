/** Memory readings: JVM heap, process and ND4J native memory, GPU memory through NVML (JNA). */
package nnwb.compute.dl4j.memory;
