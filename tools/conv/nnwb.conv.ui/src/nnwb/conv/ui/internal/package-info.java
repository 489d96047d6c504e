/** The conv-arithmetic calculator view: a thin SWT part over the engine's nnwb.core.conv package. */
package nnwb.conv.ui.internal;
