/**
 * What the tools' parts share: {@link nnwb.ui.parts.ToolPart}, the part that builds its control and runs its
 * commands in its own context, and {@link nnwb.ui.parts.FileChooser}, where file commands read and write.
 */
package nnwb.ui.parts;
