/** JSON writing and reading for the headless command line's public output. */
package nnwb.core.json;
