package nnwb.core.assignment;

/**
 * Finds over-long number literals in JSON text before it is parsed (outside strings, a run of
 * digits, signs, points and exponents), so that a million-digit number is refused in one
 * linear pass with a line number rather than handed to a parser.
 */
final class NumberScan {

    private NumberScan() {
    }

    static void requireShortNumbers(String json, int maxChars) {
        boolean inString = false;
        int run = 0;
        int line = 1;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
                run = 0;
            } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
                if (++run > maxChars) {
                    throw new IllegalArgumentException("answers file has a number longer than " + maxChars
                            + " characters at line " + line);
                }
            } else {
                run = 0;
            }
        }
    }
}
