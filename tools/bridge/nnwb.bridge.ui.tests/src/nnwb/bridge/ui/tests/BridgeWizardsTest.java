package nnwb.bridge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.templates.Templates;
import nnwb.test.harness.Screenshots;

/**
 * File > Import > ONNX model and File > Export > PyTorch module in the running workbench: each wizard opened from the
 * wizard registry as the File menu opens it, its fields filled through SWT, Finish pressed, the files it wrote read
 * back. Expected counts come from PyTorch's record of torchvision ({@code torchvision-params.csv}), never typed here.
 */
class BridgeWizardsTest {

    /** The fixtures PyTorch made, in the engine's test fragment (the test runs in this bundle's folder). */
    private static final Path FIXTURES = Path.of("../../../engine/nnwb.core.bridge.tests/src/nnwb/core/bridge/fixtures");

    private IWorkbench workbench;
    private IProject project;
    private WizardDialog dialog;

    @BeforeEach
    void project() throws Exception {
        workbench = PlatformUI.getWorkbench();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("bridge-" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        workbench.getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void importWritesTheNnetWithTorchvisionsParameterCount() throws Exception {
        Path onnx = FIXTURES.resolve("resnet18.onnx").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(onnx), onnx.toString());
        open(workbench.getImportWizardRegistry().findWizard("nnwb.bridge.ui.importOnnx"), new StructuredSelection(project));
        List<Text> fields = texts();
        assertEquals(2, fields.size());
        assertEquals(project.getFullPath().toString(), fields.get(1).getText(), "the folder follows the selection");
        assertFalse(finish().isEnabled(), "no file yet");

        fields.get(0).setText(onnx.toString());
        assertTrue(finish().isEnabled());
        screenshot(new File("target/screenshots/import-onnx-wizard.png"));
        press(finish());

        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard closed: " + page().getErrorMessage());
        IFile nnet = project.getFile("resnet18.nnet");
        assertTrue(nnet.exists());
        AnalysisReport a = Analyzer.analyze(read(nnet), AnalysisOptions.defaults());
        assertNull(a.firstError());
        assertEquals(torchvisionParams("resnet18"), a.totals().params().longValue());
        assertEquals(nnet, workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor().getEditorInput()
                .getAdapter(IFile.class), "the imported model is open");
    }

    @Test
    void importOfAFileThatIsNotOnnxSaysWhyOnThePage() throws Exception {
        Path csv = FIXTURES.resolve("torchvision-params.csv").toAbsolutePath().normalize();
        open(workbench.getImportWizardRegistry().findWizard("nnwb.bridge.ui.importOnnx"), new StructuredSelection(project));
        texts().get(0).setText(csv.toString());
        press(finish());
        assertFalse(dialog.getShell().isDisposed(), "the wizard stays open");
        String error = page().getErrorMessage();
        assertNotNull(error);
        assertTrue(error.startsWith(csv.toString() + ": "), error);
        screenshot(new File("target/screenshots/import-onnx-wizard-error.png"));
        assertFalse(project.getFile("torchvision-params.nnet").exists());
    }

    @Test
    void exportWritesTheModuleOfTheSelectedModel() throws Exception {
        IFile nnet = project.getFile("resnet18.nnet");
        nnet.create(new ByteArrayInputStream(Templates.text("resnet18").getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
        open(workbench.getExportWizardRegistry().findWizard("nnwb.bridge.ui.exportPyTorch"), new StructuredSelection(nnet));
        List<Text> fields = texts();
        assertEquals(3, fields.size());
        assertEquals(nnet.getFullPath().toString(), fields.get(0).getText(), "the model follows the selection");
        assertEquals(nnet.getLocation().removeFileExtension().addFileExtension("py").toOSString(), fields.get(2).getText(),
                "the .py goes next to the model by default");
        Path out = Path.of("target/pytorch-export-ui/resnet18.py").toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.deleteIfExists(out);
        fields.get(1).setText("classes=1000");
        fields.get(2).setText(out.toString());
        assertTrue(finish().isEnabled());
        screenshot(new File("target/screenshots/export-pytorch-wizard.png"));
        press(finish());

        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard closed: " + page().getErrorMessage());
        String python = Files.readString(out);
        assertTrue(python.contains("import torch.nn as nn"), python);
        assertTrue(python.matches("(?s).*\nclass \\w+\\(nn\\.Module\\):.*"), "a module class");
        assertTrue(python.contains("if __name__ == \"__main__\":"), python);
        assertTrue(python.contains(String.format(java.util.Locale.ROOT, "%,d parameters", torchvisionParams("resnet18"))),
                "the docstring gives torchvision's count:\n" + python.substring(0, Math.min(600, python.length())));
    }

    @Test
    void exportOfTheOpenModelWithAnErrorSaysWhyOnThePage() throws Exception {
        IFile nnet = project.getFile("broken.nnet");
        String text = Templates.text("edge-cnn") + "\nconv 8 99\n";
        nnet.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
        org.eclipse.ui.ide.IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), nnet);
        open(workbench.getExportWizardRegistry().findWizard("nnwb.bridge.ui.exportPyTorch"), StructuredSelection.EMPTY);
        List<Text> fields = texts();
        assertEquals(nnet.getFullPath().toString(), fields.get(0).getText(), "the model follows the open editor");
        Path out = Path.of("target/pytorch-export-ui/broken.py").toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.deleteIfExists(out);
        fields.get(2).setText(out.toString());
        press(finish());
        assertFalse(dialog.getShell().isDisposed(), "the wizard stays open");
        String error = page().getErrorMessage();
        assertNotNull(error);
        assertTrue(error.startsWith("broken.nnet: the model has errors: line "), error);
        screenshot(new File("target/screenshots/export-pytorch-wizard-error.png"));
        assertFalse(Files.exists(out));
    }

    /** Opens the wizard as File > Import/Export does: created from its descriptor, initialised with the selection. */
    private void open(IWizardDescriptor descriptor, IStructuredSelection selection) throws Exception {
        assertNotNull(descriptor, "the wizard is registered");
        IWorkbenchWizard wizard = descriptor.createWizard();
        wizard.init(workbench, selection);
        dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(760, 420);
        Screenshots.settle(dialog.getShell().getDisplay(), 200);
    }

    /**
     * Saves the dialog as shown: the client area's size from the shell's origin (under Xvfb there is no window manager:
     * the shell's bounds count a title bar that is never drawn, so {@link Screenshots#save} would catch the workbench
     * below the dialog).
     */
    private void screenshot(File file) {
        Shell shell = dialog.getShell();
        Display display = shell.getDisplay();
        Screenshots.settle(display, 400);
        Rectangle b = shell.getBounds();
        Rectangle client = shell.getClientArea();
        Rectangle r = new Rectangle(b.x, b.y, client.width, client.height);
        System.out.println(file.getName() + ": shell bounds " + b + ", client area " + client + ", mapped "
                + display.map(shell, null, client));
        Image image = new Image(display, r.width, r.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, r.x, r.y);
            file.getAbsoluteFile().getParentFile().mkdirs();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.getPath(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private IWizardPage page() {
        return dialog.getCurrentPage();
    }

    private List<Text> texts() {
        List<Text> found = new ArrayList<>();
        collect((Composite) page().getControl(), Text.class, found);
        return found;
    }

    private Button finish() {
        List<Button> buttons = new ArrayList<>();
        collect(dialog.getShell(), Button.class, buttons);
        return buttons.stream().filter(b -> b.getText().replace("&", "").equals("Finish")).findFirst()
                .orElseThrow(() -> new AssertionError("no Finish button"));
    }

    private void press(Button b) {
        b.notifyListeners(SWT.Selection, new Event());
        if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            Screenshots.settle(dialog.getShell().getDisplay(), 200);
        }
    }

    private static <T extends Control> void collect(Composite c, Class<T> type, List<T> found) {
        for (Control child : c.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite k) {
                collect(k, type, found);
            }
        }
    }

    private static String read(IFile f) throws Exception {
        try (InputStream in = f.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** torchvision's parameter count of {@code model}, as PyTorch recorded it. */
    private static long torchvisionParams(String model) throws Exception {
        List<String> lines = Files.readAllLines(FIXTURES.resolve("torchvision-params.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells[0].equals(model)) {
                return Long.parseLong(cells[header.indexOf("params")]);
            }
        }
        throw new AssertionError(model + " not in torchvision-params.csv");
    }
}
