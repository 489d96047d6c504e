/** Identifiers the tool bundles share with the shell: the Coursework perspective, its folders and view category. */
package nnwb.ui;
