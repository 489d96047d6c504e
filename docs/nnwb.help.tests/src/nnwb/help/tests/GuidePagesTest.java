package nnwb.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;

import nnwb.help.internal.TopicUrls;

/** The user guide in the platform's help: a page per tool in the table of contents, and nothing it links missing. */
class GuidePagesTest {

    /** Each tool of the workbench and its page in the guide. */
    static final Map<String, String> TOOL_PAGES = Map.of(
            "Model editor", "model-editor.html",
            "Conv arithmetic", "conv-arithmetic.html",
            "Optimizer traces", "optimizer-traces.html",
            "Filter canvas", "filter-canvas.html",
            "Training runner", "training-runner.html",
            "Assignments", "assignments.html",
            "The command line", "command-line.html",
            "Sweeps and grading on a Spark cluster", "spark.html");

    private static final Pattern LINK = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    static IToc guide() {
        IToc guide = Arrays.stream(HelpSystem.getTocs()).filter(t -> "NN Workbench user guide".equals(t.getLabel()))
                .findFirst().orElse(null);
        assertNotNull(guide, "the help's tables of contents hold the user guide: "
                + Arrays.stream(HelpSystem.getTocs()).map(IToc::getLabel).toList());
        return guide;
    }

    @Test
    void theTableOfContentsHoldsAPagePerTool() {
        ITopic[] topics = guide().getTopics();
        for (Map.Entry<String, String> tool : TOOL_PAGES.entrySet()) {
            ITopic topic = Arrays.stream(topics).filter(t -> tool.getKey().equals(t.getLabel())).findFirst().orElse(null);
            assertNotNull(topic, tool.getKey() + " has a page in the guide's contents");
            assertEquals("/nnwb.help/html/" + tool.getValue(), topic.getHref());
        }
    }

    @Test
    void everyPageAndEveryImageAndLinkItNamesIsInTheBundle() throws Exception {
        List<String> hrefs = new ArrayList<>();
        hrefs.add(guide().getTopic(null).getHref());
        Arrays.stream(guide().getTopics()).map(ITopic::getHref).forEach(hrefs::add);
        int images = 0;
        for (String href : hrefs) {
            File page = TopicUrls.file(href);
            String html = Files.readString(page.toPath());
            assertTrue(html.contains("<h1>"), href + " is a page with a title");
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || target.startsWith("#")) {
                    continue;
                }
                File linked = new File(page.getParentFile(), target.replaceAll("[#?].*", ""));
                assertTrue(linked.isFile(), href + " links " + target + ", which the bundle lacks");
                images += target.startsWith("images/") ? 1 : 0;
            }
        }
        assertTrue(images >= 15, "the guide's screenshots are on its pages (" + images + ")");
    }

    @Test
    void eachToolPageWithScreenshotsInTheGuideShowsThem() throws Exception {
        for (String page : List.of("model-editor.html", "conv-arithmetic.html", "optimizer-traces.html",
                "filter-canvas.html", "training-runner.html", "assignments.html", "spark.html")) {
            String html = Files.readString(TopicUrls.file("/nnwb.help/html/" + page).toPath());
            assertTrue(html.contains("<img src=\"images/"), page + " shows its tool's screenshots");
        }
    }

    @Test
    void aMissingPageIsReportedNotShownEmpty() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.FileNotFoundException.class,
                () -> TopicUrls.file("/nnwb.help/html/no-such-page.html"));
        assertFalse(e.getMessage().isEmpty());
    }
}
