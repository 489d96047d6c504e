package nnwb.assignment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import nnwb.assignment.Assignments;
import nnwb.assignment.ui.internal.PresetOpener;
import nnwb.assignment.ui.internal.PresetTargets;
import nnwb.contracts.PresetTarget;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.Preset;

/**
 * Presets reach tools through the whiteboard: every preset of every installed assignment names a tool that has
 * registered a target, and every target names a view that exists in this workbench (a wrong view id fails here,
 * as the training runner's once was).
 */
class PresetWhiteboardTest {

    private static final Set<String> TOOLS = Set.of(Preset.MODEL_EDITOR, Preset.CONV_CALCULATOR, Preset.OPTIMIZER_TRACE,
            Preset.FILTER_CANVAS, Preset.TRAINING_RUNNER);

    private static Assignments assignments() {
        BundleContext ctx = FrameworkUtil.getBundle(PresetWhiteboardTest.class).getBundleContext();
        Ui.waitFor("the assignments service", 20_000, () -> ctx.getServiceReference(Assignments.class) != null);
        ServiceReference<Assignments> ref = ctx.getServiceReference(Assignments.class);
        return ctx.getService(ref);
    }

    private static void waitForTargets() {
        Ui.waitFor("a preset target from every tool", 20_000, () -> PresetTargets.all().size() >= TOOLS.size());
    }

    @Test
    void everyToolOfTheProductRegistersOneTargetWhoseViewExists() {
        waitForTargets();
        Set<String> registered = PresetTargets.all().stream().map(PresetTarget::tool).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(TOOLS), registered);
        for (PresetTarget t : PresetTargets.all()) {
            if (t.opensInEditor()) {
                assertNotNull(PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("model.nnet"),
                        t.tool() + " opens presets in the .nnet editor, which must be installed");
            } else {
                assertNotNull(PlatformUI.getWorkbench().getViewRegistry().find(t.viewId()),
                        t.tool() + " names view " + t.viewId() + ", which does not exist");
            }
        }
    }

    @Test
    void everyPresetOfEveryInstalledAssignmentOpensInAnInstalledTool() {
        waitForTargets();
        Assignments installed = assignments();
        Ui.waitFor("the four assignments", 20_000, () -> installed.installed().size() == 4);
        PresetOpener opener = new PresetOpener(null, ResourcesPlugin.getWorkspace().getRoot(), null);
        int presets = 0;
        for (Assignment a : installed.installed()) {
            for (Assignment.PartRef ref : a.parts()) {
                Preset p = ref.part().preset().orElse(null);
                if (p == null) {
                    continue;
                }
                presets++;
                String where = a.id() + " part " + ref.id() + " names tool " + p.tool();
                assertTrue(PresetTargets.find(p.tool()).isPresent(), where + ", which no installed tool registers");
                assertTrue(opener.installed(p), where + ", whose view or editor is missing");
            }
        }
        assertTrue(presets >= 4, "the installed assignments have presets: " + presets);
    }
}
