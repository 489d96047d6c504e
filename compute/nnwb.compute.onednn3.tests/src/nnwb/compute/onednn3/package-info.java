/** Tests of the oneDNN 3 kernels in OSGi with real DL4J and real oneDNN, against DL4J's own path. */
package nnwb.compute.onednn3;
