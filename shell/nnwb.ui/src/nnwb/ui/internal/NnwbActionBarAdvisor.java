package nnwb.ui.internal;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import nnwb.ui.internal.about.AboutHandler;

/** File, Window and Help menus; tool bundles add to them through menu contributions. */
class NnwbActionBarAdvisor extends ActionBarAdvisor {

    private IContributionItem newShortcuts;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction save;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction showViews;
    private IWorkbenchAction quit;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction preferences;
    private Action about;

    NnwbActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        newShortcuts = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
        saveAs = ActionFactory.SAVE_AS.create(window);
        register(saveAs);
        save = ActionFactory.SAVE.create(window);
        register(save);
        saveAll = ActionFactory.SAVE_ALL.create(window);
        register(saveAll);
        undo = ActionFactory.UNDO.create(window);
        register(undo);
        redo = ActionFactory.REDO.create(window);
        register(redo);
        cut = ActionFactory.CUT.create(window);
        register(cut);
        copy = ActionFactory.COPY.create(window);
        register(copy);
        paste = ActionFactory.PASTE.create(window);
        register(paste);
        selectAll = ActionFactory.SELECT_ALL.create(window);
        register(selectAll);
        showViews = ActionFactory.SHOW_VIEW_MENU.create(window);
        register(showViews);
        quit = ActionFactory.QUIT.create(window);
        register(quit);
        resetPerspective = ActionFactory.RESET_PERSPECTIVE.create(window);
        register(resetPerspective);
        preferences = ActionFactory.PREFERENCES.create(window);
        register(preferences);
        about = new Action("&About NN Workbench") {
            @Override
            public void run() {
                IEclipseContext context = window.getService(IEclipseContext.class);
                ContextInjectionFactory.invoke(new AboutHandler(), Execute.class, context);
            }
        };
        about.setId("nnwb.ui.about");
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        MenuManager newMenu = new MenuManager("&New", "new");
        newMenu.add(newShortcuts);
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(save);
        file.add(saveAs);
        file.add(saveAll);
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(undo);
        edit.add(redo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        edit.add(selectAll);
        edit.add(new Separator(IWorkbenchActionConstants.FIND_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        windowMenu.add(showViews);
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(resetPerspective);
        windowMenu.add(preferences);
        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(about);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }
}
