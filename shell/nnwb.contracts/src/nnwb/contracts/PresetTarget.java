package nnwb.contracts;

import java.util.List;

import nnwb.core.assignment.Preset;

/**
 * A tool's promise to open the assignments' presets that name it. Each tool registers one as an OSGi service
 * (a Declarative Services component); the Assignments view collects them through a whiteboard and names no tool.
 * A preset whose tool has no target is "not installed", and a target's view id must exist in the workbench.
 */
public interface PresetTarget {

    /** Preset parameter added when the preset's resource was copied into the workspace: its absolute file path. */
    String WORKSPACE_FILE = "workspaceFile";

    /** The tool id presets name, one of {@link Preset}'s constants such as {@link Preset#CONV_CALCULATOR}. */
    String tool();

    /** The tool in plain words for a sentence, e.g. "the optimizer trace". */
    String name();

    /** The id of the view to show; empty when the preset opens in an editor instead ({@link #opensInEditor()}). */
    String viewId();

    /** Whether the preset's resource (copied into the workspace) opens in its editor rather than in a view. */
    default boolean opensInEditor() {
        return false;
    }

    /** The button text for a preset of this tool. */
    default String label() {
        return "Open in " + name();
    }

    /**
     * The events, beyond {@link Topics#PRESET_OPENED} (posted for every preset), that carry the preset to this
     * tool in its own data form.
     *
     * @param preset the preset, with {@link #WORKSPACE_FILE} when its resource was copied
     * @param text   the text of the preset's resource, or empty
     */
    default List<Posting> postings(Preset preset, String text) {
        return List.of();
    }

    /** One event to post: a {@link Topics} constant and its data. */
    record Posting(String topic, Object data) {
    }
}
