package nnwb.train.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nnwb.contracts.PresetTarget;
import nnwb.contracts.Topics;
import nnwb.core.assignment.Preset;
import nnwb.core.data.RunConfig;
import nnwb.core.data.RunConfigJson;
import nnwb.test.harness.Screenshots;
import nnwb.train.ui.internal.TrainingPresetTarget;

/**
 * An assignment's training preset reaches the runner (issue 23, "presets reach every tool"): the runner's preset target
 * hands the {@code .nnrun} text on in {@link Topics#TRAIN_OPEN_RUN}; the runner, through the real event broker, saves it
 * among the workspace's configurations and selects it; a configuration of that name the student already has is kept;
 * a text that is not a run configuration is said in the status line.
 */
class RunPresetTest extends RunnerViewTestBase {

    private static final String NAME = "preset cheating run";

    @Test
    void aPresetsRunConfigurationIsSavedSelectedAndAStudentsOwnIsKept() throws Exception {
        RunConfig preset = RunConfig.of(NAME, "edge-cnn", "edges:per-class=4").withEpochs(3);
        String text = RunConfigJson.write(preset);
        List<PresetTarget.Posting> postings = new TrainingPresetTarget().postings(
                new Preset(Preset.TRAINING_RUNNER, "presets/run.nnrun", java.util.Map.of()), text);
        assertEquals(List.of(new PresetTarget.Posting(Topics.TRAIN_OPEN_RUN, text)), postings);

        IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject("Training").getFolder("configurations")
                .getFile(NAME + ".nnrun");
        if (file.exists()) {
            file.delete(true, null);
        }
        send(text);
        assertEquals(List.of("Run configurations (workspace)", NAME), view.selectedPath());
        assertTrue(file.exists(), "saved among the workspace's configurations");
        assertEquals(preset, RunConfigJson.read(new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8)));
        assertTrue(view.statusText().startsWith("Added the run configuration"), view.statusText());

        // the student's own configuration of that name (here: 7 epochs) is kept when the preset opens again
        RunConfig edited = preset.withEpochs(7);
        file.setContents(new java.io.ByteArrayInputStream(RunConfigJson.write(edited).getBytes(StandardCharsets.UTF_8)), true,
                false, null);
        send(text);
        assertEquals(edited, RunConfigJson.read(new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8)));
        assertEquals(List.of("Run configurations (workspace)", NAME), view.selectedPath());
        assertTrue(view.statusText().contains("kept as you left it"), view.statusText());

        send("{\"name\": 3");
        assertTrue(view.statusText().startsWith("The run configuration cannot be opened: bad JSON"), view.statusText());
        file.delete(true, null);
    }

    private void send(String text) {
        PlatformUI.getWorkbench().getService(IEventBroker.class).send(Topics.TRAIN_OPEN_RUN, text);
        Screenshots.settle(display, 200);
    }
}
