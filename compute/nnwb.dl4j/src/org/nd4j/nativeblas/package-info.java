/** Compatibility shim for DL4J's oneDNN helper check (see {@link org.nd4j.nativeblas.Nd4jCpu}); not API. */
package org.nd4j.nativeblas;
