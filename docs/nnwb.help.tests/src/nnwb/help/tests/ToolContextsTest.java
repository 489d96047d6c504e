package nnwb.help.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;

import nnwb.help.internal.ToolHelp;
import nnwb.help.internal.TopicUrls;
import nnwb.ui.Coursework;

/** Each tool's part has its help: a context under the part's own id whose pages exist. */
class ToolContextsTest {

    @Test
    void everyToolViewOfTheOverviewAndTheNetworkEditorHaveHelp() throws Exception {
        List<String> parts = new ArrayList<>(Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getCategories())
                .filter(c -> Coursework.VIEW_CATEGORY.equals(c.getId()))
                .flatMap(c -> Arrays.stream(c.getViews()))
                .map(IViewDescriptor::getId)
                .filter(id -> !id.startsWith("nnwb.sample.") && !id.contains(".tests."))
                .toList());
        parts.add("nnwb.model.ui.editor");
        assertTrue(parts.containsAll(List.of("nnwb.conv.ui.calculator", "nnwb.filter.ui.canvas", "nnwb.optim.ui.view",
                "nnwb.train.ui.runner", "nnwb.assignment.ui.view", "nnwb.model.ui.summary")), "the tools are installed: " + parts);
        for (String part : parts) {
            IContext context = ToolHelp.context(part).orElse(null);
            assertTrue(context != null, part + " has a help context under its own id");
            for (IHelpResource topic : context.getRelatedTopics()) {
                assertTrue(TopicUrls.file(topic.getHref()).isFile(), part + "'s help page " + topic.getHref());
            }
        }
    }

    @Test
    void aPartWithoutHelpHasNoContext() {
        assertTrue(ToolHelp.context("nnwb.nothing.here").isEmpty());
        assertTrue(ToolHelp.context(null).isEmpty());
    }
}
