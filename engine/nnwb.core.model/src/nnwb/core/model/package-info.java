/** The {@code .nnet} network description: lexer, parser with line and column, syntax tree, layer kinds and findings. */
package nnwb.core.model;
