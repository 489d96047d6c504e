package nnwb.assignment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import nnwb.assignment.Assignments;
import nnwb.assignment.ui.internal.AssignmentsPart;
import nnwb.assignment.ui.internal.AssignmentsView;
import nnwb.assignment.ui.internal.PartEditor;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.AssignmentProvider;
import nnwb.core.assignment.Preset;
import nnwb.model.ui.internal.summary.ModelSummaryPart;
import nnwb.test.harness.Parts;

/**
 * Issue 23, "Presets reach every tool": every preset of every installed assignment, for the default student and for a
 * named one (whose drawn numbers differ), is opened as the student opens it (the part's "Open in …" button in the real
 * Assignments view, the real event broker, the real tool views), and what each tool then shows, read from its widgets,
 * is compared with what the preset asked ({@link ToolChecks}). Every mismatch of the whole run is listed in one
 * failure. Screenshots of the first preset of each tool in target/screenshots/preset-*.png.
 */
class EveryPresetReachesItsToolTest {

    private static final String VIEW = "nnwb.assignment.ui.view";
    private static final List<String> STUDENTS = List.of("", "ada");

    @Test
    void everyPresetOfEveryAssignmentShowsExactlyWhatItAskedForTheDefaultAndANamedStudent() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Assignments installed = assignments();
        Ui.waitFor("the four assignments", 20_000, () -> installed.installed().size() == 4);
        // the model summary follows the editor; it must exist before the first model opens
        page.showView(ModelSummaryPart.ID);
        AssignmentsView view = open(page);
        ToolChecks checks = new ToolChecks(page);
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> opened = new TreeMap<>();
        Set<String> shot = new TreeSet<>();
        Map<String, Map<String, Preset>> asked = new LinkedHashMap<>();
        for (String student : STUDENTS) {
            Map<String, Preset> presets = new TreeMap<>();
            for (Assignment sheet : installed.installed()) {
                view.select(sheet.id(), null);
                view.student().setText(student);
                view.student().notifyListeners(SWT.DefaultSelection, new Event());
                // what the preset asks, from the assignments service for this student (not from the view)
                Assignment mine = installed.require(sheet.id(), student);
                AssignmentProvider provider = installed.provider(sheet.id()).orElseThrow();
                for (Assignment.PartRef ref : mine.parts()) {
                    Preset p = ref.part().preset().orElse(null);
                    if (p == null) {
                        continue;
                    }
                    String where = sheet.id() + " " + ref.id() + " (student '" + student + "', " + p.tool() + ")";
                    presets.put(sheet.id() + " " + ref.id(), p);
                    page.activate(page.findView(VIEW));
                    view.select(sheet.id(), ref.problem().id());
                    assertEquals(student, view.current().variant().studentId(), where + ": the view's student");
                    PartEditor e = view.page().part(ref.id());
                    assertNotNull(e, where + ": the part is shown");
                    assertNotNull(e.preset(), where + ": the part has its Open button");
                    e.preset().notifyListeners(SWT.Selection, new Event());
                    List<String> found = checks.check(p, resourceText(provider, p));
                    found.forEach(f -> wrong.add(where + ": " + f));
                    opened.merge(p.tool(), 1, Integer::sum);
                    if (shot.add(p.tool())) {
                        Ui.settle(600);
                        Ui.shot("preset-" + p.tool());
                    }
                }
            }
            asked.put(student, presets);
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " presets do not arrive exactly:\n" + String.join("\n", wrong));
        assertEquals(new TreeSet<>(List.of(Preset.MODEL_EDITOR, Preset.CONV_CALCULATOR, Preset.OPTIMIZER_TRACE,
                Preset.FILTER_CANVAS, Preset.TRAINING_RUNNER)), opened.keySet(), "every tool got presets: " + opened);
        assertEquals(asked.get("").keySet(), asked.get("ada").keySet(), "the same parts have presets for every student");
        assertNotEquals(asked.get(""), asked.get("ada"), "the named student's presets carry her own numbers");
        page.activate(page.findView(VIEW));
        page.setPartState(page.getReference(page.findView(VIEW)), IWorkbenchPage.STATE_RESTORED);
    }

    private static AssignmentsView open(IWorkbenchPage page) throws Exception {
        IViewPart v = page.showView(VIEW);
        assertNotNull(v);
        Ui.shell().setSize(1600, 1000);
        AssignmentsPart part = Parts.find(Ui.shell(), AssignmentsPart.class);
        assertNotNull(part, "the Assignments part is in the window");
        AssignmentsView view = part.view();
        Ui.waitFor("the four assignments in the view", 20_000, () -> view.tree().getItemCount() == 4);
        return view;
    }

    private static Assignments assignments() {
        BundleContext ctx = FrameworkUtil.getBundle(EveryPresetReachesItsToolTest.class).getBundleContext();
        Ui.waitFor("the assignments service", 20_000, () -> ctx.getServiceReference(Assignments.class) != null);
        ServiceReference<Assignments> ref = ctx.getServiceReference(Assignments.class);
        return ctx.getService(ref);
    }

    /** The bundle's file as the assignment ships it; empty for a preset of parameters only. */
    private static String resourceText(AssignmentProvider provider, Preset p) throws IOException {
        if (p.resource().isEmpty()) {
            return "";
        }
        try (InputStream in = provider.open(p.resource())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
