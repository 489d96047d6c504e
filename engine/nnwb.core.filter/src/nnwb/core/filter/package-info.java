/** The filter-design engine's shared values: matrices, images, text specs and number formatting. */
package nnwb.core.filter;
