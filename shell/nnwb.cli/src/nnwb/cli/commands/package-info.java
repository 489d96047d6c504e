/** One class per headless command, plain Java over the engine. */
package nnwb.cli.commands;
