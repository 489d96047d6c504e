/** Answer checking: verdicts with reasons and partial credit, number/unit/matrix/table/formula checkers, and the bounds on untrusted input. */
package nnwb.core.check;
