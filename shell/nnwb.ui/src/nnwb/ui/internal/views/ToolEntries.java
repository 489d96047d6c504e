package nnwb.ui.internal.views;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.views.IViewRegistry;

import nnwb.ui.Coursework;

/** The tools the overview lists: the views of the NN Workbench category in the view registry, by label. */
final class ToolEntries {

    private ToolEntries() {
    }

    static List<IViewDescriptor> of(IViewRegistry registry) {
        IViewCategory category = Arrays.stream(registry.getCategories())
                .filter(c -> Coursework.VIEW_CATEGORY.equals(c.getId())).findFirst().orElse(null);
        if (category == null) {
            return List.of();
        }
        return Arrays.stream(category.getViews())
                .filter(v -> !Coursework.OVERVIEW_VIEW_ID.equals(v.getId()))
                .sorted(Comparator.comparing(IViewDescriptor::getLabel, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
