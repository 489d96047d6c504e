/** The commands nnwb import and nnwb export, contributed to the command line as Declarative Services components. */
package nnwb.bridge.internal.cli;
