/** The assignment model (course, problems, parts, presets, answers), grading with feedback that keeps hidden keys hidden, CSV and batch grading. */
package nnwb.core.assignment;
