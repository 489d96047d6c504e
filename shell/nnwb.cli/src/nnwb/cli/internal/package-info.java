/** The Equinox application that runs the command line inside OSGi. */
package nnwb.cli.internal;
