/** Charts the tools draw, behind a small interface of ours over SWTChart: tools say what they plot, not how. */
package nnwb.ui.chart;
