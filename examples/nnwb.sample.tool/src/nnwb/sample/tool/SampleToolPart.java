package nnwb.sample.tool;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A tool view contributed by this test-only bundle (not in any feature): it must reach the overview with no other bundle changed. */
public class SampleToolPart {

    @PostConstruct
    public void create(Composite parent) {
        new Label(parent, SWT.NONE).setText("A sample tool contributed by a test bundle.");
    }
}
