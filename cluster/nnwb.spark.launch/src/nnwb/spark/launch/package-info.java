/** Submitting work to an Apache Spark cluster without Spark in this JVM: the spark-submit command line, export and launch. */
package nnwb.spark.launch;
