/**
 * Submitting work to an Apache Spark cluster without Spark in this JVM, through the {@link nnwb.spark.launch.SparkLauncher}
 * service: the spark-submit command line ({@link nnwb.spark.launch.SparkSubmitLine}, with the
 * {@link nnwb.spark.launch.ExecutorDefaults}), its export and its launch.
 */
package nnwb.spark.launch;
