import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Writes the workbench's help pages from docs/user-guide.md (the one source of the user guide): one HTML page per
 * tool, the screenshots they show, and the table of contents (toc.xml) the help system reads. Run by the build of
 * nnwb.help (its pom.xml, phase generate-resources) as a single-file program:
 * {@code java -cp "commonmark jars" GuidePages.java DOCS_DIR OUT_DIR}.
 *
 * <p>The guide's sections go to pages by their heading, the bullets of "The tools" by their bold name, and a
 * paragraph of screenshots image by image, by the image's file name. A heading it does not know stays on the page
 * before it, so a new section never disappears.
 */
public class GuidePages {

    /** A page of the help: its file, its title, and what the guide puts on it. */
    record Page(String file, String title, Document body) {
        Page(String file, String title) {
            this(file, title, new Document());
        }
    }

    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, Page> byHeading = new LinkedHashMap<>();
    private final Map<String, Page> byToolName = new LinkedHashMap<>();
    private final Map<String, Page> byImagePrefix = new LinkedHashMap<>();
    private final Set<String> images = new TreeSet<>();
    private final List<String> warnings = new ArrayList<>();

    private GuidePages() {
        Page index = page("index", "NN Workbench user guide");
        Page model = page("model-editor", "Model editor");
        Page conv = page("conv-arithmetic", "Conv arithmetic");
        Page optim = page("optimizer-traces", "Optimizer traces");
        Page filter = page("filter-canvas", "Filter canvas");
        Page train = page("training-runner", "Training runner");
        Page assignments = page("assignments", "Assignments");
        Page cli = page("command-line", "The command line");
        Page spark = page("spark", "Sweeps and grading on a Spark cluster");
        Page compute = page("compute-service", "The compute service");
        Page install = page("install", "Install");
        Page bridge = page("pytorch-bridge", "The bridge to PyTorch");
        byHeading.put("The headless command line", cli);
        byHeading.put("The bridge to PyTorch", cli);
        byHeading.put("Training runner", train);
        byHeading.put("Filter canvas", filter);
        byHeading.put("Optimizer traces", optim);
        byHeading.put("The .nnet format", model);
        byHeading.put("The compute service", compute);
        byHeading.put("Install from the archive", install);
        byHeading.put("Add a plugin from the update site", assignments);
        byHeading.put("Assignments", assignments);
        byHeading.put("Sweeps and grading on a Spark cluster", spark);
        byToolName.put("Model editor", model);
        byToolName.put("Nothing typed is lost", model);
        byToolName.put("Conv arithmetic", conv);
        byImagePrefix.put("train-sweep-spark", spark);
        byImagePrefix.put("train-", train);
        byImagePrefix.put("editor-", model);
        byImagePrefix.put("summary-", model);
        byImagePrefix.put("crash-", model);
        byImagePrefix.put("conv-", conv);
        byImagePrefix.put("optim-", optim);
        byImagePrefix.put("filter-", filter);
        byImagePrefix.put("install-", assignments);
        byImagePrefix.put("assignment-", assignments);
        byImagePrefix.put("overview", index);
        byImagePrefix.put("workbench", index);
    }

    private Page page(String name, String title) {
        Page page = new Page(name + ".html", title);
        pages.put(name, page);
        return page;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GuidePages DOCS_DIR OUT_DIR");
            System.exit(2);
        }
        Path docs = Path.of(args[0]);
        Path out = Path.of(args[1]);
        GuidePages guide = new GuidePages();
        guide.split(Files.readString(docs.resolve("user-guide.md")));
        guide.whole(Files.readString(docs.resolve("pytorch-bridge.md")), guide.pages.get("pytorch-bridge"));
        guide.write(docs, out);
        guide.warnings.forEach(w -> System.out.println("[help pages] " + w));
    }

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    /** A paragraph holding one screenshot: shown as a figure with its alt text as the caption. */
    private static final Pattern FIGURE = Pattern.compile("<p><img src=\"([^\"]+)\" alt=\"([^\"]*)\" /></p>");

    private static Node parse(String markdown) {
        return Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
    }

    /** Puts every block of the guide on its page. */
    void split(String markdown) {
        Node doc = parse(markdown);
        Page index = pages.get("index");
        Page current = index;
        boolean tools = false;
        for (Node n = doc.getFirstChild(), next; n != null; n = next) {
            next = n.getNext();
            if (n instanceof Heading h) {
                String text = text(h);
                tools = text.equals("The tools");
                if (h.getLevel() == 1 || tools) {
                    n.unlink();
                    continue;
                }
                Page target = byHeading.get(text);
                if (target != null) {
                    current = target;
                    if (text.equals(target.title())) {
                        n.unlink();
                        continue;
                    }
                }
                current.body().appendChild(n);
            } else if (n instanceof Paragraph p && onlyImages(p)) {
                placeImages(p, current);
            } else if (tools && n instanceof BulletList list) {
                placeToolBullets(list, index);
            } else {
                current.body().appendChild(n);
            }
        }
    }

    /** Puts a whole document (the PyTorch bridge's) on one page, its first heading being the page's title. */
    void whole(String markdown, Page page) {
        Node doc = parse(markdown);
        for (Node n = doc.getFirstChild(), next; n != null; n = next) {
            next = n.getNext();
            if (n instanceof Heading h && h.getLevel() == 1) {
                n.unlink();
            } else {
                page.body().appendChild(n);
            }
        }
    }

    private void placeToolBullets(BulletList list, Page fallback) {
        for (Node item = list.getFirstChild(), next; item != null; item = next) {
            next = item.getNext();
            Page target = byToolName.getOrDefault(boldName(item), fallback);
            Node last = target.body().getLastChild();
            BulletList into;
            if (last instanceof BulletList open) {
                into = open;
            } else {
                into = new BulletList();
                into.setMarker(list.getMarker());
                target.body().appendChild(into);
            }
            into.appendChild(item);
        }
    }

    private static String boldName(Node item) {
        Node first = item.getFirstChild();
        Node strong = first == null ? null : first.getFirstChild();
        return strong instanceof StrongEmphasis ? text(strong) : "";
    }

    private void placeImages(Paragraph p, Page fallback) {
        for (Node n = p.getFirstChild(), next; n != null; n = next) {
            next = n.getNext();
            if (n instanceof Image image) {
                Page target = fallback;
                for (Map.Entry<String, Page> e : byImagePrefix.entrySet()) {
                    if (image.getDestination().startsWith(e.getKey())) {
                        target = e.getValue();
                        break;
                    }
                }
                Paragraph figure = new Paragraph();
                figure.appendChild(image);
                target.body().appendChild(figure);
            }
        }
        p.unlink();
    }

    private static boolean onlyImages(Paragraph p) {
        boolean any = false;
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image) {
                any = true;
            } else if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak
                    || n instanceof Text t && t.getLiteral().isBlank())) {
                return false;
            }
        }
        return any;
    }

    private static String text(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                b.append(code.getLiteral());
            }
        });
        return b.toString().trim();
    }

    /** Points links and images at the help's own files: other guides' pages, images under images/. */
    private void relink(Page page, Path docs) {
        List<Node> missing = new ArrayList<>();
        List<Link> unlinked = new ArrayList<>();
        page.body().accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                String name = image.getDestination();
                if (Files.isRegularFile(docs.resolve(name))) {
                    images.add(name);
                    image.setDestination("images/" + name);
                } else {
                    warnings.add(page.file() + ": the guide shows " + name + ", which docs/ lacks: left out");
                    missing.add(image.getParent().getFirstChild() == image && image.getNext() == null
                            ? image.getParent() : image);
                }
            }

            @Override
            public void visit(Link link) {
                String to = link.getDestination();
                if (to.equals("pytorch-bridge.md")) {
                    link.setDestination("pytorch-bridge.html");
                } else if (to.equals("user-guide.md")) {
                    link.setDestination("index.html");
                } else if (!to.contains("://") && !to.startsWith("#")) {
                    unlinked.add(link);
                }
                visitChildren(link);
            }
        });
        missing.forEach(Node::unlink);
        for (Link link : unlinked) {
            for (Node child = link.getFirstChild(), next; child != null; child = next) {
                next = child.getNext();
                link.insertBefore(child);
            }
            link.unlink();
        }
    }

    void write(Path docs, Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (var old = Files.walk(out)) {
                for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out.resolve("images"));
        HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).build();
        for (Page page : pages.values()) {
            relink(page, docs);
            StringBuilder body = new StringBuilder(FIGURE.matcher(html.render(page.body()))
                    .replaceAll("<figure><img src=\"$1\" alt=\"$2\" /><figcaption>$2</figcaption></figure>"));
            if (page.file().equals("index.html")) {
                body.append("<h2>Pages</h2>\n<ul>\n");
                pages.values().stream().skip(1).forEach(p -> body.append("<li><a href=\"").append(p.file())
                        .append("\">").append(escape(p.title())).append("</a></li>\n"));
                body.append("</ul>\n");
            }
            Files.writeString(out.resolve(page.file()), document(page.title(), body.toString()));
        }
        for (String image : images) {
            Files.copy(docs.resolve(image), out.resolve("images").resolve(image), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(out.resolve("toc.xml"), toc());
    }

    private String toc() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?NLS TYPE=\"org.eclipse.help.toc\"?>\n");
        b.append("<!-- written by generate/GuidePages.java from docs/user-guide.md: edit the guide, not this file -->\n");
        b.append("<toc label=\"").append(escape(pages.get("index").title())).append("\" topic=\"html/index.html\">\n");
        pages.values().stream().skip(1).forEach(p -> b.append("   <topic label=\"").append(escape(p.title()))
                .append("\" href=\"html/").append(p.file()).append("\"/>\n"));
        return b.append("</toc>\n").toString();
    }

    private static String document(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="UTF-8">
                <title>%s</title>
                <!-- written by generate/GuidePages.java from docs/user-guide.md: edit the guide, not this file -->
                <style>
                body { font-family: sans-serif; font-size: 11pt; line-height: 1.45; margin: 1em 1.5em; max-width: 60em; }
                img { max-width: 100%%; border: 1px solid #ccc; display: block; }
                figure { margin: 1em 0; } figcaption { font-style: italic; color: #444; margin-top: 0.3em; }
                pre { background: #f4f4f4; padding: 0.6em; overflow-x: auto; }
                code { font-size: 95%%; }
                table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; }
                </style>
                </head>
                <body>
                <h1>%s</h1>
                %s</body>
                </html>
                """.formatted(escape(title), escape(title), body);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
