/** The headless command line: argument parsing, the command contract and its dispatcher. */
package nnwb.cli;
