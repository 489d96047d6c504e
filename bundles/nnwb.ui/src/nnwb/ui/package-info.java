/** Identifiers the tool bundles share with the shell: perspective, folders and tool views. */
package nnwb.ui;
