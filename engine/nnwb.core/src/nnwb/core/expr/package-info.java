/**
 * The one expression parser every engine's little language uses: a character cursor with the shared tokens
 * ({@link nnwb.core.expr.TextCursor}) and a precedence core ({@link nnwb.core.expr.PrecedenceParser}) that a
 * {@link nnwb.core.expr.Grammar} fills with its operators, operands, tree and error messages.
 */
package nnwb.core.expr;
