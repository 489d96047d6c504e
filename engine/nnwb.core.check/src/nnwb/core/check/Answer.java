package nnwb.core.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's answer to one part, shaped like the JSON it came from: text (numbers keep
 * their literal text), a list, a map of named fields, nothing, or an answer the reader
 * already refused (with the reason). Checkers read the shape they expect and say plainly
 * when it is another.
 */
public sealed interface Answer {

    /** Text, or a number's literal as written. */
    record Text(String value) implements Answer {
        public Text {
            if (value == null) {
                throw new IllegalArgumentException("answer text is null");
            }
        }
    }

    /** A list, e.g. a vector, or a matrix as a list of rows. */
    record Items(List<Answer> items) implements Answer {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** Named fields in the order given, e.g. a table as rows of named columns. */
    record Fields(Map<String, Answer> fields) implements Answer {
        public Fields {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** No answer given. */
    record Missing() implements Answer {
    }

    /** An answer the reader refused, with a one-line reason (e.g. far too long). */
    record Invalid(String reason) implements Answer {
    }

    /** Shorthand for a text answer. */
    static Answer text(String value) {
        return new Text(value);
    }

    /** Shorthand for a list of text answers, e.g. a vector. */
    static Answer list(String... values) {
        return new Items(java.util.Arrays.stream(values).map(Answer::text).toList());
    }

    /** A plain word for the shape, for reasons such as "expected text, got a list". */
    default String shape() {
        if (this instanceof Text t) {
            return "text";
        } else if (this instanceof Items i) {
            return "a list";
        } else if (this instanceof Fields f) {
            return "named fields";
        } else if (this instanceof Missing m) {
            return "no answer";
        } else if (this instanceof Invalid v) {
            return "an unreadable answer";
        }
        throw new IllegalStateException("unexpected " + this);
    }
}
