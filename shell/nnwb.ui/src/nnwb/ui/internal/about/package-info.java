/** The About dialog listing versions of Java, Eclipse and the compute backend. */
package nnwb.ui.internal.about;
