package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.assignment.epfl.ps08.Ps08Assignment;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.AssignmentProvider;

/**
 * Every installed assignment plugin carries an audit of its sheet ({@code audit.tsv}) that agrees with its parts: every
 * computable sheet part is checked by a part holding a key, every part the audit names exists, every part of the
 * plugin is in the audit. Prints the totals the user guide states.
 */
class AuditTest {

    private static SheetAudit audit(Assignment a) throws IOException {
        AssignmentProvider p = Catalog.ALL.provider(a.id()).orElseThrow();
        try (InputStream in = p.open(SheetAudit.FILE)) {
            return SheetAudit.read(a.id(), in);
        }
    }

    @Test
    void everyPluginsAuditAgreesWithItsPartsAndEveryComputablePartIsChecked() throws IOException {
        List<String> faults = new ArrayList<>();
        SheetAudit.Totals all = new SheetAudit.Totals(0, 0, 0, 0, 0, 0);
        List<Assignment> installed = Catalog.ALL.installed();
        assertEquals(4, installed.size(), "the four sheets' plugins");
        for (Assignment a : installed) {
            SheetAudit audit = audit(a);
            faults.addAll(audit.faults(a));
            SheetAudit.Totals t = audit.totals(a);
            System.out.println("audit " + a.id() + ": " + t);
            assertTrue(t.checked() <= t.answerable() && t.answerable() <= t.computable() + t.toolNeeding(), a.id() + ": " + t);
            all = all.plus(t);
        }
        System.out.println("audit, all four sheets: " + all);
        assertTrue(faults.isEmpty(), String.join("\n", faults));
        String guide = userGuide().replaceAll("\\s+", " ");
        String stated = all.parts() + " parts; " + (all.computable() + all.toolNeeding()) + " computable or tool-needing ("
                + all.computable() + " computable, " + all.toolNeeding() + " needing a tool), all " + all.answerable()
                + " answerable in the workbench; " + all.checked() + " checked by a plugin";
        assertTrue(guide.contains(stated), "the user guide's Assignments section states: " + stated);
        // every computable part is checked; the tool-needing ones that are not are a run's own results or pictures
        assertTrue(all.checked() >= all.computable(), all.toString());
    }

    /** The same audit for a student's own numbers: part ids do not change with the variant. */
    /** docs/user-guide.md, found upwards from the working directory (the test runs inside the reactor). */
    private static String userGuide() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path guide = dir.resolve("docs/user-guide.md");
            if (Files.isRegularFile(guide)) {
                return Files.readString(guide);
            }
        }
        throw new AssertionError("no docs/user-guide.md above " + Path.of("").toAbsolutePath());
    }

    @Test
    void aStudentsVariantHasTheSameParts() throws IOException {
        for (Assignment a : Catalog.ALL.installed()) {
            Assignment own = Catalog.ALL.provider(a.id()).orElseThrow().assignment("ada");
            assertEquals(List.of(), audit(a).faults(own), a.id());
        }
    }

    @Test
    void eachKindOfDisagreementIsAFault() throws IOException {
        Assignment a = new Ps08Assignment().assignment();
        SheetAudit real = audit(a);
        assertEquals(List.of(), real.faults(a));
        List<SheetAudit.Row> rows = new ArrayList<>();
        for (SheetAudit.Row r : real.rows()) {
            if (r.sheetPart().equals("2 sigma")) {
                rows.add(new SheetAudit.Row(r.sheetPart(), r.kind(), r.where(), List.of(), ""));  // p2.b unlisted
            } else if (r.sheetPart().equals("3.1 SGDM state")) {
                rows.add(new SheetAudit.Row(r.sheetPart(), r.kind(), r.where(), List.of("p3.z"), ""));
            } else if (r.sheetPart().equals("3.2 Adam w")) {
                rows.add(new SheetAudit.Row(r.sheetPart(), r.kind(), r.where(), List.of("p5.c"), ""));  // free text only
            } else if (!r.sheetPart().startsWith("5 ")) {
                rows.add(r);
            }
        }
        rows.add(new SheetAudit.Row("4(a)", "formula", "-", List.of("p4.b"), ""));
        rows.add(new SheetAudit.Row("extra", "essay", "-", List.of("p5.a", "p5.b"), "x"));
        String faults = String.join("\n", new SheetAudit(a.id(), rows).faults(a));
        assertTrue(faults.contains("2 sigma: a computable part (formula) that no plugin part checks with a key"), faults);
        assertTrue(faults.contains("2 sigma: unchecked without a reason"), faults);
        assertTrue(faults.contains("part p2.b checks something the audit does not list"), faults);
        assertTrue(faults.contains("3.1 SGDM state: the plugin has no part p3.z"), faults);
        assertTrue(faults.contains("3.2 Adam w: a computable part (formula) that no plugin part checks"), faults);
        assertTrue(faults.contains("part p3.c checks something the audit does not list"), faults);
        assertTrue(faults.contains("4(a): listed twice"), faults);
        assertTrue(faults.contains("extra: unknown kind essay"), faults);
    }

    @Test
    void theTotalsCountKindsAsTheirDefinitionsSay() throws IOException {
        Assignment a = new Ps08Assignment().assignment();
        List<SheetAudit.Row> rows = List.of(
                new SheetAudit.Row("x", "number", "-", List.of("p3.a"), ""),          // computable, answered, checked
                new SheetAudit.Row("y", "tool", "training runner", List.of(), "a run"), // tool, answerable, unchecked
                new SheetAudit.Row("z", "tool", "-", List.of("p5.c"), ""),            // tool, answerable, hand-graded
                new SheetAudit.Row("w", "prose", "-", List.of(), "hand"),             // neither
                new SheetAudit.Row("v", "formula", "-", List.of(), "on paper"));      // computable, not answerable
        SheetAudit.Totals t = new SheetAudit(a.id(), rows).totals(a);
        assertEquals(new SheetAudit.Totals(5, 2, 2, 3, 1, 1), t);
    }
}
