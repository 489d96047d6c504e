package nnwb.model.ui.internal.editor;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;

/** Colours comments, keywords, layer kinds, coursework shorthands and numbers; colours live in JFace's registry. */
public final class NnetScanner extends RuleBasedScanner {

    public NnetScanner() {
        ColorRegistry colors = JFaceResources.getColorRegistry();
        put(colors, "nnwb.nnet.comment", new RGB(63, 127, 95));
        put(colors, "nnwb.nnet.keyword", new RGB(127, 0, 85));
        put(colors, "nnwb.nnet.layer", new RGB(0, 80, 180));
        put(colors, "nnwb.nnet.number", new RGB(150, 90, 0));
        IToken comment = new Token(new TextAttribute(colors.get("nnwb.nnet.comment"), null, SWT.ITALIC));
        IToken keyword = new Token(new TextAttribute(colors.get("nnwb.nnet.keyword"), null, SWT.BOLD));
        IToken layer = new Token(new TextAttribute(colors.get("nnwb.nnet.layer"), null, SWT.BOLD));
        IToken number = new Token(new TextAttribute(colors.get("nnwb.nnet.number")));
        setRules(new IRule[] {new EndOfLineRule("#", comment), new WordClassRule(keyword, layer), new NumberRule(number)});
    }

    private static void put(ColorRegistry colors, String key, RGB rgb) {
        if (!colors.hasValueFor(key)) {
            colors.put(key, rgb);
        }
    }

    /** Reads one word and gives it the token of its {@link NnetWords.Kind}. */
    private static final class WordClassRule implements IRule {
        private final IToken keyword;
        private final IToken layer;
        private final IToken plain = new Token(null);

        WordClassRule(IToken keyword, IToken layer) {
            this.keyword = keyword;
            this.layer = layer;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            int c = scanner.read();
            if (c == ICharacterScanner.EOF || !Character.isLetter(c)) {
                scanner.unread();
                return Token.UNDEFINED;
            }
            StringBuilder word = new StringBuilder().append((char) c);
            while (true) {
                c = scanner.read();
                if (c == ICharacterScanner.EOF || !NnetCompletions.isWordChar((char) c)) {
                    scanner.unread();
                    break;
                }
                word.append((char) c);
            }
            return switch (NnetWords.classify(word.toString())) {
                case KEYWORD -> keyword;
                case LAYER, SHORTHAND -> layer;
                case OTHER -> plain;
            };
        }
    }
}
