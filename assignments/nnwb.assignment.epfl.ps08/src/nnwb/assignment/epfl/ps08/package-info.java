/** The EPFL Machine Learning problem set 8 as an assignment plugin: its keys come from the engine when it is built. */
package nnwb.assignment.epfl.ps08;
