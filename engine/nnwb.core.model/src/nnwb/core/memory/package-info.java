/** Stage 4, memory: bytes of parameters, gradients, optimizer state and activations for inference and training. */
package nnwb.core.memory;
