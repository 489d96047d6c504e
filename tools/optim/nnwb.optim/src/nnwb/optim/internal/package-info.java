/** The {@code nnwb trace} command. */
package nnwb.optim.internal;
