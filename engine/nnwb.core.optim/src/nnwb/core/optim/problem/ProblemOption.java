package nnwb.core.optim.problem;

import java.util.List;

/**
 * One option of a problem as users type it.
 *
 * @param key         the option key, e.g. {@code cond} or {@code X}
 * @param defaultText the default as text ({@code ""} when required)
 * @param help        one line for users
 * @param aliases     other keys accepted
 */
public record ProblemOption(String key, String defaultText, String help, List<String> aliases) {

    public ProblemOption {
        aliases = List.copyOf(aliases);
    }

    /** An option with aliases. */
    public static ProblemOption of(String key, String defaultText, String help, String... aliases) {
        return new ProblemOption(key, defaultText, help, List.of(aliases));
    }

    /** Whether {@code name} is this key or an alias. */
    public boolean answersTo(String name) {
        return key.equals(name) || aliases.contains(name);
    }
}
