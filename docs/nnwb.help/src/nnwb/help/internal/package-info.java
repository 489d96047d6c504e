/**
 * The workbench's help without the help webapp: the platform's help system (table of contents, context help,
 * cheat sheets' help links) shows the user guide's pages, generated from docs/user-guide.md, in the Help view.
 */
package nnwb.help.internal;
