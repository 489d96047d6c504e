package nnwb.core.model;

/** How serious a {@link Finding} is; only errors stop the numbers from being trustworthy. */
public enum Severity {
    ERROR, WARNING, INFO
}
