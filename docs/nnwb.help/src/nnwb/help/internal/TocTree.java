package nnwb.help.internal;

import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

/** The help's tables of contents as a tree: each contributed table, its topics and their subtopics. */
final class TocTree {

    private TocTree() {
    }

    /** The page an element of the tree opens: a table's own start page, a topic's page; null for none. */
    static String href(Object element) {
        if (element instanceof IToc toc) {
            ITopic start = toc.getTopic(null);
            return start == null ? null : start.getHref();
        }
        return element instanceof ITopic topic ? topic.getHref() : null;
    }

    /** The element of {@code tocs} that opens {@code href}, or null. */
    static Object find(Object[] elements, String href, Content content) {
        for (Object e : elements) {
            if (href.equals(href(e))) {
                return e;
            }
            Object below = find(content.getChildren(e), href, content);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** Content of a tree whose input is an {@code IToc[]}. */
    static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof IToc[] tocs ? tocs : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof IToc toc) {
                return toc.getTopics();
            }
            return parent instanceof ITopic topic ? topic.getSubtopics() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    /** A topic's or table's label. */
    static final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
            return element instanceof IHelpResource r ? r.getLabel() : String.valueOf(element);
        }
    }
}
