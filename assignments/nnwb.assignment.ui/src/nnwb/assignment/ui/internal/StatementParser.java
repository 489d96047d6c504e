package nnwb.assignment.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Turns a Markdown statement with TeX mathematics ({@code $...$} inline, {@code $$...$$} on its
 * own line) into a {@link StatementModel}: headings, paragraphs, lists, emphasis, code and
 * links through commonmark-java, formulas set aside first so that Markdown never reads their
 * underscores and stars.
 */
public final class StatementParser {

    private static final Pattern MATH = Pattern.compile("\\$\\$(.+?)\\$\\$|(?<![\\\\$])\\$([^$\\n]+?)\\$", Pattern.DOTALL);
    private static final Pattern HOLE = Pattern.compile("\uE000(\\d+)(d?)\uE001");
    private static final Parser MARKDOWN = Parser.builder().build();

    private StatementParser() {
    }

    /** The statement {@code markdown} as text, styles and formulas. */
    public static StatementModel parse(String markdown) {
        List<String> formulas = new ArrayList<>();
        StringBuilder held = new StringBuilder();
        Matcher m = MATH.matcher(markdown);
        int last = 0;
        while (m.find()) {
            held.append(markdown, last, m.start());
            boolean display = m.group(1) != null;
            formulas.add((display ? m.group(1) : m.group(2)).strip());
            held.append('\uE000').append(formulas.size() - 1).append(display ? "d" : "").append('\uE001');
            last = m.end();
        }
        held.append(markdown.substring(last));
        Builder b = new Builder(formulas);
        MARKDOWN.parse(held.toString()).accept(b);
        String text = b.out.toString().stripTrailing();
        List<StatementModel.Span> spans = b.spans.stream().filter(s -> s.start() + s.length() <= text.length()).toList();
        return new StatementModel(text, spans);
    }

    private static final class Builder extends AbstractVisitor {

        private final List<String> formulas;
        private final StringBuilder out = new StringBuilder();
        private final List<StatementModel.Span> spans = new ArrayList<>();
        private int listDepth;

        Builder(List<String> formulas) {
            this.formulas = formulas;
        }

        private void blockBreak() {
            int n = out.length();
            if (n == 0) {
                return;
            }
            if (out.charAt(n - 1) != '\n') {
                out.append('\n');
            }
            if (listDepth == 0 && (out.length() < 2 || out.charAt(out.length() - 2) != '\n')) {
                out.append('\n');
            }
        }

        private void styled(Node node, StatementModel.Style style) {
            int start = out.length();
            visitChildren(node);
            if (out.length() > start) {
                spans.add(new StatementModel.Span(start, out.length() - start, style, ""));
            }
        }

        @Override
        public void visit(Heading heading) {
            blockBreak();
            styled(heading, StatementModel.Style.HEADING);
            out.append('\n');
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (listDepth == 0 || out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                if (listDepth == 0) {
                    blockBreak();
                }
            }
            visitChildren(paragraph);
            out.append('\n');
        }

        @Override
        public void visit(BulletList list) {
            blockBreak();
            listDepth++;
            visitChildren(list);
            listDepth--;
            out.append('\n');
        }

        @Override
        public void visit(OrderedList list) {
            blockBreak();
            listDepth++;
            Integer startNumber = list.getMarkerStartNumber();
            int i = startNumber == null ? 1 : startNumber;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                out.append("  ".repeat(listDepth - 1)).append(i++).append(". ");
                visitChildren(item);
            }
            listDepth--;
            out.append('\n');
        }

        @Override
        public void visit(ListItem item) {
            out.append("  ".repeat(listDepth - 1)).append("•  ");
            visitChildren(item);
        }

        @Override
        public void visit(Emphasis e) {
            styled(e, StatementModel.Style.ITALIC);
        }

        @Override
        public void visit(StrongEmphasis e) {
            styled(e, StatementModel.Style.BOLD);
        }

        @Override
        public void visit(Link link) {
            styled(link, StatementModel.Style.LINK);
        }

        @Override
        public void visit(Code code) {
            int start = out.length();
            text(code.getLiteral());
            spans.add(new StatementModel.Span(start, out.length() - start, StatementModel.Style.CODE, ""));
        }

        @Override
        public void visit(FencedCodeBlock block) {
            code(block.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            code(block.getLiteral());
        }

        private void code(String literal) {
            blockBreak();
            int start = out.length();
            out.append(literal.stripTrailing());
            spans.add(new StatementModel.Span(start, out.length() - start, StatementModel.Style.CODE, ""));
            out.append('\n');
        }

        @Override
        public void visit(SoftLineBreak br) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak br) {
            out.append('\n');
        }

        @Override
        public void visit(Text text) {
            text(text.getLiteral());
        }

        /** Text with the formulas put back as object characters. */
        private void text(String s) {
            Matcher m = HOLE.matcher(s);
            int last = 0;
            while (m.find()) {
                out.append(s, last, m.start());
                String latex = formulas.get(Integer.parseInt(m.group(1)));
                if (m.group(2).isEmpty()) {
                    spans.add(new StatementModel.Span(out.length(), 1, StatementModel.Style.INLINE_MATH, latex));
                    out.append(StatementModel.OBJECT);
                } else {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                        out.append('\n');
                    }
                    spans.add(new StatementModel.Span(out.length(), 1, StatementModel.Style.DISPLAY_MATH, latex));
                    out.append(StatementModel.OBJECT).append('\n');
                }
                last = m.end();
            }
            out.append(s.substring(last));
        }
    }
}
