/** JSON for the headless command line's public output, written and read through Gson. */
package nnwb.core.json;
