package nnwb.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;

import scala.Tuple2;

/**
 * The Hadoop configuration the job's files are opened with: the cluster's (its {@code core-site.xml},
 * {@code hdfs-site.xml} on the class path) and every {@code spark.hadoop.*} setting of the submission, as Spark
 * itself builds it. Serializable (Hadoop's own {@code Writable} form), so that a task opens files the way the driver does.
 */
final class HadoopConf implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Configuration conf;

    private HadoopConf(Configuration conf) {
        this.conf = conf;
    }

    /** The configuration of a submission with settings {@code spark}. */
    static HadoopConf of(SparkConf spark) {
        Configuration c = new Configuration();
        for (Tuple2<String, String> e : spark.getAll()) {
            if (e._1().startsWith("spark.hadoop.")) {
                c.set(e._1().substring("spark.hadoop.".length()), e._2());
            }
        }
        return new HadoopConf(c);
    }

    Configuration get() {
        return conf;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        conf = new Configuration(false);
        conf.readFields(in);
    }
}
