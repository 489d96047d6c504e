package nnwb.help.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Command {@code nnwb.help.toolHelp} (F1, Help > Help on This Tool, a view menu's Help): the tool's guide page. */
public class ToolHelpHandler extends AbstractHandler {

    /** The command's optional parameter: the part whose help to show (else the active part). */
    public static final String PART_ID = "nnwb.help.toolHelp.partId";

    @Override
    public Object execute(ExecutionEvent event) {
        ToolHelp.show(event.getParameter(PART_ID));
        return null;
    }
}
