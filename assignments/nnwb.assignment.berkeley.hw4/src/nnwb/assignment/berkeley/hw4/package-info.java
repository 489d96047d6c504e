/** Berkeley deep neural networks homework 4 as an assignment plugin: its keys come from the engine when it is built. */
package nnwb.assignment.berkeley.hw4;
