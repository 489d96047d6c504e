package org.eclipse.help.ui.internal.views;

/** The type {@link HelpTray#getHelpPart()} names (org.eclipse.help.ui's help part); never made. */
public final class ReusableHelpPart {

    private ReusableHelpPart() {
    }
}
