package nnwb.help.internal;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Where a help href lies on disk. The help system writes a topic as {@code /bundle/path[#anchor]} (a contribution
 * may say {@code PLUGINS_ROOT/bundle/path}); the page's folder is extracted from its bundle as a whole, so the
 * browser finds the images beside the page.
 */
public final class TopicUrls {

    private static final String PLUGINS_ROOT = "PLUGINS_ROOT/";

    private TopicUrls() {
    }

    /** The file behind {@code href}, without its anchor or query; FileNotFoundException when there is none. */
    public static File file(String href) throws IOException {
        String path = withoutSuffix(href.startsWith(PLUGINS_ROOT) ? href.substring(PLUGINS_ROOT.length()) : href);
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        int slash = path.indexOf('/');
        if (slash <= 0) {
            throw new FileNotFoundException("not a help topic: " + href);
        }
        Bundle bundle = Platform.getBundle(path.substring(0, slash));
        if (bundle == null) {
            throw new FileNotFoundException("no bundle " + path.substring(0, slash) + " for " + href);
        }
        String inBundle = path.substring(slash + 1);
        int last = inBundle.lastIndexOf('/');
        URL folder = bundle.getEntry(last < 0 ? "/" : inBundle.substring(0, last + 1));
        if (folder == null) {
            throw new FileNotFoundException(href + ": no such folder in " + bundle.getSymbolicName());
        }
        File file = new File(FileLocator.toFileURL(folder).getFile(), inBundle.substring(last + 1));
        if (!file.isFile()) {
            throw new FileNotFoundException(href + ": no such page in " + bundle.getSymbolicName());
        }
        return file;
    }

    /** The address a browser opens for {@code href}: the file's URL with the anchor or query kept. */
    public static String url(String href) throws IOException {
        if (href.contains("://")) {
            return href;
        }
        return file(href).toURI() + href.substring(withoutSuffix(href).length());
    }

    private static String withoutSuffix(String href) {
        int end = href.length();
        for (char c : new char[] {'#', '?'}) {
            int at = href.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return href.substring(0, end);
    }
}
