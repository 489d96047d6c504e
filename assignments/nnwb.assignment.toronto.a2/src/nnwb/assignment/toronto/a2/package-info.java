/** Toronto neural networks assignment 2 as an assignment plugin: its keys come from the engine when it is built. */
package nnwb.assignment.toronto.a2;
