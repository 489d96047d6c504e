/** A tool view and a headless command that only the tests install: they prove a new bundle needs no change elsewhere. */
package nnwb.sample.tool;
