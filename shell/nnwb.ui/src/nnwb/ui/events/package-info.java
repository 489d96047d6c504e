/** Event topics and their data: how the tools talk to each other without looking at each other. */
package nnwb.ui.events;
