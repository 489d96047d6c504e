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
 * second is refused with a reason.
 */
public final class AssignmentCatalog {

    private final Map<String, AssignmentProvider> byId = new ConcurrentHashMap<>();

    /** Adds a provider; throws a one-line reason when its id is taken by another provider. */
    public void add(AssignmentProvider provider) {
        String id = provider.assignment().id();
        AssignmentProvider earlier = byId.putIfAbsent(id, provider);
        if (earlier != null && earlier != provider) {
            throw new IllegalArgumentException("assignment " + id + " is already installed");
        }
    }

    /** Removes a provider (no effect when it is not the one registered for its id). */
    public void remove(AssignmentProvider provider) {
        byId.remove(provider.assignment().id(), provider);
    }

    /** The installed assignments, sorted by id. */
    public List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>(byId.values().stream().map(AssignmentProvider::assignment).toList());
        out.sort(Comparator.comparing(Assignment::id));
        return out;
    }

    /** The provider of assignment {@code id}. */
    public Optional<AssignmentProvider> provider(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The assignment {@code id}; throws a one-line reason naming the installed ones when absent. */
    public Assignment require(String id) {
        return provider(id).map(AssignmentProvider::assignment).orElseThrow(() -> new IllegalArgumentException(
                "no assignment " + nnwb.core.check.Echo.quote(id) + " is installed"
                        + (byId.isEmpty() ? "" : "; installed: " + String.join(", ",
                                assignments().stream().map(Assignment::id).toList()))));
    }
}
