package nnwb.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nnwb.core.assignment.AssignmentProvider;

/**
 * An assignment plugin loaded outside OSGi (a Spark task, a plain JVM): its jar or folder is read the way
 * Declarative Services reads it, through the manifest's {@code Service-Component} descriptions; the component that
 * provides {@link AssignmentProvider} is made with its own class loader over the plugin (whose parent has the
 * assignment API and the engine), so its resources are the plugin's.
 */
public final class AssignmentPlugin {

    /** The manifest header naming the component descriptions. */
    public static final String SERVICE_COMPONENT = "Service-Component";
    /** Largest manifest or component description read from a plugin (a link to /dev/zero ends here). */
    static final long MAX_ENTRY_BYTES = 1 << 20;

    private AssignmentPlugin() {
    }

    /**
     * The provider of the plugin at {@code location} (a jar or an unpacked bundle folder).
     *
     * @throws IllegalArgumentException with a one-line reason when it is not an assignment plugin
     */
    public static AssignmentProvider load(Path location) {
        String cls = providerClass(location);
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {location.toUri().toURL()},
                    AssignmentProvider.class.getClassLoader());
            Object o = loader.loadClass(cls).getDeclaredConstructor().newInstance();
            if (!(o instanceof AssignmentProvider p)) {
                throw new IllegalArgumentException(cls + " in " + location + " is not an AssignmentProvider");
            }
            return p;
        } catch (MalformedURLException | ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("cannot make the assignment " + cls + " of " + location + ": "
                    + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The implementation class of the plugin's component that provides {@link AssignmentProvider}. */
    public static String providerClass(Path location) {
        List<String> found = new ArrayList<>();
        for (String description : descriptions(location)) {
            byte[] xml = entry(location, description);
            if (xml != null) {
                found.addAll(providers(xml, location + "!/" + description));
            }
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException(location + (found.isEmpty() ? " provides no assignment (no component of "
                    + AssignmentProvider.class.getName() + ")" : " provides " + found.size() + " assignments; give one plugin each"));
        }
        return found.get(0);
    }

    private static List<String> descriptions(Path location) {
        byte[] mf = entry(location, JarFile.MANIFEST_NAME);
        if (mf == null) {
            throw new IllegalArgumentException(location + " is not a plugin (no " + JarFile.MANIFEST_NAME + ")");
        }
        try {
            String header = new Manifest(new java.io.ByteArrayInputStream(mf)).getMainAttributes().getValue(SERVICE_COMPONENT);
            if (header == null || header.isBlank()) {
                throw new IllegalArgumentException(location + " declares no components (" + SERVICE_COMPONENT + ")");
            }
            List<String> out = new ArrayList<>();
            for (String s : header.split(",")) {
                out.add(s.strip());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException(location + ": unreadable manifest: " + e.getMessage());
        }
    }

    private static List<String> providers(byte[] xml, String where) {
        List<String> out = new ArrayList<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
            NodeList components = doc.getElementsByTagNameNS("*", "component");
            for (int i = 0; i < components.getLength(); i++) {
                Element c = (Element) components.item(i);
                NodeList provides = c.getElementsByTagName("provide");
                NodeList impl = c.getElementsByTagName("implementation");
                for (int j = 0; j < provides.getLength(); j++) {
                    if (AssignmentProvider.class.getName().equals(((Element) provides.item(j)).getAttribute("interface"))
                            && impl.getLength() == 1) {
                        out.add(((Element) impl.item(0)).getAttribute("class"));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalArgumentException(where + " is not a component description: " + e.getMessage());
        }
        return out;
    }

    /** An entry of a jar or folder, or null when it has none. */
    private static byte[] entry(Path location, String name) {
        try {
            if (Files.isDirectory(location)) {
                Path p = location.resolve(name);
                if (!Files.isRegularFile(p)) {
                    return null;
                }
                try (InputStream in = Files.newInputStream(p)) {
                    return nnwb.core.TextFiles.bytes(in, MAX_ENTRY_BYTES);
                }
            }
            if (!Files.isRegularFile(location)) {
                throw new IllegalArgumentException(location + " is neither a plugin jar nor a plugin folder");
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                var e = jar.getJarEntry(name);
                if (e == null) {
                    return null;
                }
                try (InputStream in = jar.getInputStream(e)) {
                    return nnwb.core.TextFiles.bytes(in, MAX_ENTRY_BYTES);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + location + ": " + e.getMessage());
        }
    }
}
