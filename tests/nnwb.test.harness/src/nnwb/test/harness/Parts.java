package nnwb.test.harness;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finds a part object in the real workbench: parts mark their root control with their own class name as data key. */
public final class Parts {

    private Parts() {
    }

    /** The object of {@code type} stored under its class name on a control below {@code c}, or null. */
    public static <T> T find(Composite c, Class<T> type) {
        for (Control child : c.getChildren()) {
            Object data = child.getData(type.getName());
            if (type.isInstance(data)) {
                return type.cast(data);
            }
            if (child instanceof Composite k) {
                T found = find(k, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
