/** What the user sees while the workbench starts (the start-up window and its status line) and the start-up marks. */
package nnwb.ui.internal.startup;
