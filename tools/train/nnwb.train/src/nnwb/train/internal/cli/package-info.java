/** The headless commands {@code nnwb train} and {@code nnwb sweep}, Declarative Services components on the CLI's whiteboard. */
package nnwb.train.internal.cli;
