/** The assignment whiteboard and the headless commands: assignments, check, grade, install, uninstall. */
package nnwb.assignment.internal;
