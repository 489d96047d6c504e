/** The headless commands {@code nnwb filter}, {@code nnwb filter1d} and {@code nnwb filter-bench}, DS components of the CLI whiteboard. */
package nnwb.filter.cli;
