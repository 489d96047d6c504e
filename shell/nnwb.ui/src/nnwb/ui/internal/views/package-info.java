/** Views of the shell itself (the Coursework overview). */
package nnwb.ui.internal.views;
