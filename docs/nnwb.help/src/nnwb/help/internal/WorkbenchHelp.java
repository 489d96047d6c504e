package nnwb.help.internal;

import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help user interface ({@code org.eclipse.ui.helpSupport}): Help Contents, context help and the help
 * links of cheat sheets open the page in the {@link HelpView}.
 */
public class WorkbenchHelp extends AbstractHelpUI {

    @Override
    public void displayHelp() {
        HelpView.open().showHome();
    }

    @Override
    public void displaySearch() {
        displayHelp();
    }

    @Override
    public void displayDynamicHelp() {
        ToolHelp.show(null);
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        IHelpResource[] topics = context == null ? null : context.getRelatedTopics();
        if (topics == null || topics.length == 0) {
            displayHelp();
        } else {
            HelpView.open().show(topics[0].getHref());
        }
    }

    @Override
    public void displayHelpResource(String href) {
        HelpView.open().show(href);
    }

    @Override
    public boolean isContextHelpDisplayed() {
        return false;
    }
}
