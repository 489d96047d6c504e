package nnwb.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code .nnet} text into a {@link NetworkModel}. One statement per line:
 * {@code network NAME}, {@code symbol NAME[=default] [odd|even]...},
 * {@code input ...}, {@code block NAME params...} ... {@code end}, and layer
 * lines {@code [name:] kind args...} (see {@link LayerKind}), including the
 * coursework shorthands {@code CONVk-F}, {@code POOLk}, {@code FC-K} and
 * {@code FLATTEN}. Syntax errors become findings; parsing goes on with the next line.
 */
public final class ModelParser {

    private final List<Finding> findings = new ArrayList<>();
    private String name = "network";
    private final List<SymbolDecl> symbols = new ArrayList<>();
    private InputDecl input;
    private final List<Statement> statements = new ArrayList<>();
    private final Map<String, BlockDef> blocks = new LinkedHashMap<>();

    private ModelParser() {
    }

    /** Parses {@code text}; never throws for bad input. */
    public static NetworkModel parse(String text) {
        ModelParser p = new ModelParser();
        p.run(Lexer.tokenize(text, p.findings));
        return new NetworkModel(p.name, p.symbols, p.input, p.statements, p.blocks, p.findings);
    }

    private void run(List<Token> tokens) {
        List<List<Token>> lines = splitLines(tokens);
        for (int i = 0; i < lines.size(); i++) {
            List<Token> line = lines.get(i);
            Token first = line.get(0);
            try {
                if (first.isWord("network") && line.size() > 1) {
                    StringBuilder sb = new StringBuilder();
                    line.subList(1, line.size()).forEach(t -> sb.append(t.text()));
                    name = sb.toString();
                } else if (first.isWord("symbol") || first.isWord("symbols")) {
                    symbolLine(new TokenCursor(line, 1));
                } else if (first.isWord("input") && (line.size() == 1 || !line.get(1).is(TokenKind.COLON))) {
                    inputLine(line);
                } else if (first.isWord("block")) {
                    i = block(lines, i);
                } else if (first.isWord("end")) {
                    findings.add(Finding.error(first.pos(), "'end' without 'block'"));
                } else {
                    Statement s = statement(line);
                    if (s != null) {
                        statements.add(s);
                    }
                }
            } catch (SyntaxError e) {
                findings.add(Finding.error(e.at, e.getMessage()));
            }
        }
        if (input == null) {
            findings.add(Finding.error(Pos.START, "missing 'input' line, e.g. 'input 28x28x1' or 'input channels=3 size=224x224'"));
        }
    }

    private static List<List<Token>> splitLines(List<Token> tokens) {
        List<List<Token>> lines = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        for (Token t : tokens) {
            if (t.is(TokenKind.NEWLINE) || t.is(TokenKind.EOF)) {
                if (!cur.isEmpty()) {
                    lines.add(cur);
                    cur = new ArrayList<>();
                }
            } else {
                cur.add(t);
            }
        }
        return lines;
    }

    private void symbolLine(TokenCursor c) {
        if (c.atEnd()) {
            throw new SyntaxError(c.peekPos(), "symbol name expected");
        }
        while (!c.atEnd()) {
            Token n = c.expect(TokenKind.IDENT, "symbol name expected");
            Expr def = null;
            Parity parity = Parity.ANY;
            if (c.accept(TokenKind.EQUALS)) {
                def = ExprParser.expr(c);
            }
            if (!c.atEnd() && (c.peek().isWord("odd") || c.peek().isWord("even"))) {
                parity = c.next().isWord("odd") ? Parity.ODD : Parity.EVEN;
            }
            if (symbols.stream().anyMatch(s -> s.name().equals(n.text()))) {
                findings.add(Finding.error(n.pos(), "symbol '" + n.text() + "' declared twice"));
            } else {
                symbols.add(new SymbolDecl(n.text(), def, parity, n.pos()));
            }
            c.accept(TokenKind.COMMA);
        }
    }

    private void inputLine(List<Token> line) {
        if (input != null) {
            findings.add(Finding.error(line.get(0).pos(), "second 'input' line; a network has one input"));
            return;
        }
        TokenCursor c = new TokenCursor(line, 1);
        input = new InputDecl(ArgParser.args(c), line.get(0).pos());
    }

    private int block(List<List<Token>> lines, int start) {
        List<Token> header = lines.get(start);
        TokenCursor c = new TokenCursor(header, 1);
        Token n = c.expect(TokenKind.IDENT, "block name expected after 'block'");
        List<BlockDef.Param> params = new ArrayList<>();
        while (!c.atEnd() && !c.peek().is(TokenKind.COLON)) {
            Token p = c.expect(TokenKind.IDENT, "block parameter name expected");
            Expr def = c.accept(TokenKind.EQUALS) ? ExprParser.expr(c) : null;
            params.add(new BlockDef.Param(p.text(), def, p.pos()));
            c.accept(TokenKind.COMMA);
        }
        List<Statement> body = new ArrayList<>();
        int i = start + 1;
        for (; i < lines.size(); i++) {
            List<Token> line = lines.get(i);
            if (line.get(0).isWord("end") && line.size() == 1) {
                break;
            }
            if (line.get(0).isWord("block") || line.get(0).isWord("symbol") || line.get(0).isWord("network")) {
                findings.add(Finding.error(line.get(0).pos(), "'" + line.get(0).text() + "' is not allowed inside block '" + n.text() + "'"));
                continue;
            }
            try {
                Statement s = statement(line);
                if (s != null) {
                    body.add(s);
                }
            } catch (SyntaxError e) {
                findings.add(Finding.error(e.at, e.getMessage()));
            }
        }
        if (i >= lines.size()) {
            findings.add(Finding.error(n.pos(), "block '" + n.text() + "' has no 'end'"));
        }
        if (body.isEmpty()) {
            findings.add(Finding.error(n.pos(), "block '" + n.text() + "' is empty"));
        }
        if (blocks.containsKey(n.text()) || LayerKind.lookup(n.text()) != null) {
            findings.add(Finding.error(n.pos(), "block name '" + n.text() + "' is already taken"));
        } else {
            blocks.put(n.text(), new BlockDef(n.text(), n.pos(), params, body));
        }
        return i;
    }

    private Statement statement(List<Token> line) {
        TokenCursor c = new TokenCursor(line, 0);
        Token nameTok = null;
        if (line.size() >= 2 && line.get(0).is(TokenKind.IDENT) && line.get(1).is(TokenKind.COLON)) {
            nameTok = c.next();
            c.next();
        }
        Token kind = c.expect(TokenKind.IDENT, "layer kind expected");
        List<Arg> args = new ArrayList<>(Shorthand.expand(kind, c));
        String kindWord = Shorthand.kindOf(kind);
        args.addAll(ArgParser.args(c));
        return new Statement(nameTok == null ? null : nameTok.text(), nameTok == null ? null : nameTok.pos(),
                kindWord, kind.pos(), args);
    }
}
