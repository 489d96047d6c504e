/** Input images generated in code (edges, checkerboard, circles, ramps, 1..25, impulse, a synthetic scene) and input parsing. */
package nnwb.core.filter.image;
