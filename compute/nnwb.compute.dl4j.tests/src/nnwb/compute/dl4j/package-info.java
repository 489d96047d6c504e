/** Tests of the compute service in OSGi, checked against plain-Java reference computations. */
package nnwb.compute.dl4j;
