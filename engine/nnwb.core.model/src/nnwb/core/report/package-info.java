/** Stage 5, reports: the analysis and the conv answers as JSON, CSV, Markdown and text tables. */
package nnwb.core.report;
