package nnwb.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.Analyzer;
import nnwb.core.templates.Templates;
import nnwb.model.ui.internal.summary.GradientGrowthPanel;
import nnwb.test.harness.Screenshots;

/**
 * The Model summary's Gradient growth tab (HW4 2(g)) on the EPFL MLP template (K = 100, L = 3): the rank-1 column
 * is sqrt(100) per layer back from the output (1000, 100, 10), the fixed one 1; a convolutional model says why it
 * has no table.
 */
class GradientGrowthPanelTest {

    @Test
    void theTableShowsTheEnginesRowsForTheMlp() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        Shell shell = new Shell(display, SWT.SHELL_TRIM);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(1100, 360);
            shell.setText("Gradient growth");
            GradientGrowthPanel p = new GradientGrowthPanel(shell);
            p.show(Analyzer.analyze(Templates.text("mlp"), AnalysisOptions.defaults()));
            shell.open();
            Screenshots.settle(display, 200);
            assertEquals(3, p.table().getItemCount());
            String[] expected = {"1000", "100.0", "10.00"};
            for (int i = 0; i < 3; i++) {
                TableItem item = p.table().getItem(i);
                assertEquals("100", item.getText(1));
                assertEquals("100", item.getText(2));
                assertEquals(expected[i], item.getText(4), "rank 1, closed form, row " + i);
                assertEquals(expected[i], item.getText(5), "rank 1, sampled, row " + i);
                assertEquals("1.000", item.getText(6));
                assertEquals("1.000", item.getText(7));
            }
            Screenshots.save(shell, new File("target/screenshots/model-gradient-growth.png"));
            p.show(Analyzer.analyze(Templates.text("edge-cnn"), AnalysisOptions.defaults()));
            assertEquals(0, p.table().getItemCount());
            assertTrue(p.summary().getText().contains("stacks of dense layers"), p.summary().getText());
        } finally {
            shell.dispose();
        }
    }
}
