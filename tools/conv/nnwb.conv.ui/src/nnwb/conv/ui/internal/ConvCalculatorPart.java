package nnwb.conv.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import nnwb.contracts.ModelAnalysed;
import nnwb.contracts.Topics;
import nnwb.ui.parts.ToolPart;

/** The Conv arithmetic view: a Layer tab (one layer, solved and drawn) and a Stack tab (receptive fields). */
public class ConvCalculatorPart extends ToolPart {

    @Inject
    @Optional
    private IEventBroker events;

    private TabFolder tabs;
    private LayerTab layer;
    private StackTab stack;

    /** {@inheritDoc} Below this the part scrolls: the parameter form beside the drawing of the padded grid (issue 24). */
    @Override
    protected Point minimumSize() {
        return new Point(900, 560);
    }

    @Override
    protected Control createControl(Composite parent) {
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
        layer.onChange(this::stateChanged);
        stack.layers().addListener(SWT.Modify, e -> stateChanged());
        tabs.addListener(SWT.Selection, e -> stateChanged());
        return tabs;
    }

    /** The Layer tab's fields, the Stack tab's layers and the selected tab ({@link ConvState}). */
    @Override
    protected String saveState() {
        return new ConvState(layer.input(), stack.layers().getText(), Math.max(0, tabs.getSelectionIndex())).format();
    }

    @Override
    protected void restoreState(String text) {
        ConvState state = ConvState.parse(text);
        layer.form().show(state.input());
        if (state.layers() != null) {
            stack.layers().setText(state.layers());
        }
        tabs.setSelection(state.tab());
    }

    @Override
    protected void created() {
        if (events != null) {
            events.post(Topics.MODEL_LATEST_REQUESTED, Boolean.TRUE);
        }
    }

    /** The model editor analysed a model: the Stack tab can take its layers. */
    @Inject
    @Optional
    void modelAnalysed(@UIEventTopic(Topics.MODEL_ANALYSED) ModelAnalysed event) {
        if (stack != null && !stack.control().isDisposed()) {
            stack.modelAnalysed(event.report());
        }
    }

    /** The model's editor closed. */
    @Inject
    @Optional
    void modelClosed(@UIEventTopic(Topics.MODEL_CLOSED) Object origin) {
        if (stack != null && !stack.control().isDisposed()) {
            stack.modelAnalysed(null);
        }
    }

    /**
     * An assignment opened a preset for this calculator (topic {@code nnwb/assignment/openPreset}, data a
     * {@link nnwb.core.assignment.Preset}): a {@code layers} parameter goes to the Stack tab, anything else
     * sets the Layer tab.
     */
    @Inject
    @Optional
    void presetOpened(@UIEventTopic(Topics.PRESET_OPENED) nnwb.core.assignment.Preset preset) {
        if (preset == null || !nnwb.core.assignment.Preset.CONV_CALCULATOR.equals(preset.tool()) || tabs == null
                || tabs.isDisposed()) {
            return;
        }
        java.util.Map<String, String> values = preset.parameters();
        if (values.containsKey("layers")) {
            stack.layers().setText(values.get("layers"));
            tabs.setSelection(1);
        } else {
            layer.form().apply(values);
            tabs.setSelection(0);
        }
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
}
