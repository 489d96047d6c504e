/**
 * How tools talk: every event topic with its payload type, and the whiteboard through which tools open the
 * assignments' presets. Posters and subscribers name {@link nnwb.contracts.Topics} constants, never strings.
 */
package nnwb.contracts;
