/** The analysis engine: shapes, parameters, multiplications, receptive field, memory and initialisation variance of a parsed network. */
package nnwb.core.analysis;
