package nnwb.core.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The installed assignments, as providers come and go (a whiteboard calls {@link #add} and
 * {@link #remove}); thread-safe. Two providers with one assignment id: the first stays, the
 * second is refused with a reason. An assignment's aliases (former ids) find its provider too, but are not listed;
 * an alias that is another installed assignment's id or alias is refused like a taken id.
 */
public final class AssignmentCatalog {

    private final Map<String, AssignmentProvider> byId = new ConcurrentHashMap<>();
    private final Map<String, AssignmentProvider> byAlias = new ConcurrentHashMap<>();

    /** Adds a provider; throws a one-line reason when its id or an alias is taken by another provider. */
    public synchronized void add(AssignmentProvider provider) {
        Assignment a = provider.assignment();
        for (String name : names(a)) {
            AssignmentProvider other = byId.containsKey(name) ? byId.get(name) : byAlias.get(name);
            if (other != null && other != provider) {
                throw new IllegalArgumentException("assignment " + name + " is already installed");
            }
        }
        byId.put(a.id(), provider);
        a.aliases().forEach(alias -> byAlias.put(alias, provider));
    }

    private static List<String> names(Assignment a) {
        List<String> names = new ArrayList<>(a.aliases());
        names.add(0, a.id());
        return names;
    }

    /** Removes a provider (no effect when it is not the one registered for its id). */
    public synchronized void remove(AssignmentProvider provider) {
        Assignment a = provider.assignment();
        if (byId.remove(a.id(), provider)) {
            a.aliases().forEach(alias -> byAlias.remove(alias, provider));
        }
    }

    /** The installed assignments, sorted by id. */
    public List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>(byId.values().stream().map(AssignmentProvider::assignment).toList());
        out.sort(Comparator.comparing(Assignment::id));
        return out;
    }

    /** The provider of assignment {@code id}, or of the assignment that has {@code id} as an alias. */
    public Optional<AssignmentProvider> provider(String id) {
        if (id == null) {
            return Optional.empty();
        }
        AssignmentProvider p = byId.get(id);
        return Optional.ofNullable(p != null ? p : byAlias.get(id));
    }

    /** The assignment {@code id}; throws a one-line reason naming the installed ones when absent. */
    public Assignment require(String id) {
        return provider(id).map(AssignmentProvider::assignment).orElseThrow(() -> new IllegalArgumentException(
                "no assignment " + nnwb.core.check.Echo.quote(id) + " is installed"
                        + (byId.isEmpty() ? "" : "; installed: " + String.join(", ",
                                assignments().stream().map(Assignment::id).toList()))));
    }
}
