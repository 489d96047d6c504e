/** The workbench application, its advisors and the Coursework perspective. */
package nnwb.ui.internal;
