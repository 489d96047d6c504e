/**
 * The compute service on DL4J/ND4J: the Declarative Services component, its configuration, the
 * worker thread every ND4J call runs on, and the lazy start of the backend.
 */
package nnwb.compute.dl4j;
