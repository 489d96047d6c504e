package nnwb.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Form;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nnwb.test.harness.Screenshots;

/** The guided tutorials: three cheat sheets that parse and open in the Cheat Sheets view with every step. */
class CheatSheetsTest {

    private static final String VIEW = "org.eclipse.ui.cheatsheets.views.CheatSheetView";

    private static List<IConfigurationElement> ours() {
        return Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.cheatsheets.cheatSheetContent"))
                .filter(e -> e.getName().equals("cheatsheet") && e.getContributor().getName().equals("nnwb.help")).toList();
    }

    @Test
    void theThreeTutorialsAreRegistered() {
        assertEquals(List.of("Design a network", "Work an assignment", "Run a sweep"),
                ours().stream().map(e -> e.getAttribute("name")).toList());
    }

    @Test
    void everyStepsCommandIsADefinedCommandWithItsParameters() throws Exception {
        ICommandService commands = Workbench.window().getService(ICommandService.class);
        int count = 0;
        for (IConfigurationElement sheet : ours()) {
            NodeList steps = read(sheet).getElementsByTagName("command");
            for (int i = 0; i < steps.getLength(); i++) {
                String serialization = ((Element) steps.item(i)).getAttribute("serialization");
                ParameterizedCommand command = commands.deserialize(serialization);
                assertTrue(command.getCommand().isDefined(), serialization);
                count++;
            }
        }
        assertTrue(count >= 5, "the tutorials run the steps they can (" + count + ")");
    }

    private static Document read(IConfigurationElement sheet) throws Exception {
        try (InputStream in = Platform.getBundle("nnwb.help").getEntry(sheet.getAttribute("contentFile")).openStream()) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @Test
    void eachCheatSheetOpensInTheCheatSheetsViewWithItsTitleAndEveryStep() throws Exception {
        for (IConfigurationElement sheet : ours()) {
            Document xml = read(sheet);
            String title = xml.getDocumentElement().getAttribute("title");
            NodeList items = xml.getElementsByTagName("item");
            assertTrue(items.getLength() >= 4, title + " has steps");

            new OpenCheatSheetAction(sheet.getAttribute("id")).run();
            IViewPart view = Workbench.page().findView(VIEW);
            assertNotNull(view, "the Cheat Sheets view opens");
            Composite shell = Workbench.window().getShell();
            Screenshots.settle(shell.getDisplay(), 300);
            List<String> shown = new ArrayList<>();
            Workbench.find(shell, Form.class).forEach(f -> shown.add(f.getText()));
            Workbench.find(shell, ExpandableComposite.class).forEach(c -> shown.add(c.getText()));
            assertTrue(shown.contains(title), title + " is the view's title: " + shown);
            for (int i = 0; i < items.getLength(); i++) {
                String step = ((Element) items.item(i)).getAttribute("title");
                assertTrue(shown.contains(step), title + " shows step '" + step + "': " + shown);
            }
            Screenshots.save(Workbench.window().getShell(),
                    new File("target/screenshots/cheatsheet-" + sheet.getAttribute("id").replaceAll(".*\\.", "") + ".png"));
        }
    }
}
