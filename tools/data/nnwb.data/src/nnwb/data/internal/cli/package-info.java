/** The headless command {@code nnwb data get}, a Declarative Services component on the CLI's whiteboard. */
package nnwb.data.internal.cli;
