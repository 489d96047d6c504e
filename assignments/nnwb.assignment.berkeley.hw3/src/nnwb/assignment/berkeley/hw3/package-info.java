/** An earlier term's Berkeley deep neural networks homework as an assignment plugin: its keys come from the engine. */
package nnwb.assignment.berkeley.hw3;
