package nnwb.conv.ui.internal;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

/** The Conv arithmetic view: a Layer tab (one layer, solved and drawn) and a Stack tab (receptive fields). */
public class ConvCalculatorPart {

    private TabFolder tabs;
    private LayerTab layer;
    private StackTab stack;

    @PostConstruct
    public void create(Composite parent) {
        tabs = new TabFolder(parent, SWT.TOP);
        layer = new LayerTab(tabs);
        TabItem layerItem = new TabItem(tabs, SWT.NONE);
        layerItem.setText("Layer");
        layerItem.setControl(layer.control());
        stack = new StackTab(tabs);
        TabItem stackItem = new TabItem(tabs, SWT.NONE);
        stackItem.setText("Stack");
        stackItem.setControl(stack.control());
        tabs.setData(ConvCalculatorPart.class.getName(), this);
    }

    public LayerTab layer() {
        return layer;
    }

    public StackTab stack() {
        return stack;
    }

    public TabFolder tabs() {
        return tabs;
    }

    @Focus
    public void focus() {
        tabs.setFocus();
    }
}
