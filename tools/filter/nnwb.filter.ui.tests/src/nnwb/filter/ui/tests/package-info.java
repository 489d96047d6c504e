/** The filter canvas driven through SWT events in the real workbench, checked against the engine, with screenshots. */
package nnwb.filter.ui.tests;
