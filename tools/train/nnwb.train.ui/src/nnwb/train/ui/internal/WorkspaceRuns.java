package nnwb.train.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;

import nnwb.core.data.RunConfig;
import nnwb.core.data.RunConfigJson;
import nnwb.train.RunFolder;

/**
 * Where the runner keeps things in the workspace: project {@code Training}, run configurations as
 * {@code configurations/NAME.nnrun}, runs as folders under {@code runs/}. Files are written through the resources
 * API (configurations) or on disk then refreshed (run folders, written by the runner).
 */
public final class WorkspaceRuns {

    public static final String PROJECT = "Training";

    private final IWorkspaceRoot root;

    public WorkspaceRuns(IWorkspaceRoot root) {
        this.root = root;
    }

    /** The project, created and opened when needed; a first configuration is added to an empty project. */
    public IProject project() throws CoreException {
        IProject p = root.getProject(PROJECT);
        if (!p.exists()) {
            p.create(null);
        }
        if (!p.isOpen()) {
            p.open(null);
        }
        for (String f : List.of("configurations", "runs")) {
            IFolder folder = p.getFolder(f);
            if (!folder.exists()) {
                folder.create(true, true, null);
            }
        }
        return p;
    }

    /** The saved configurations, by file name; a file that does not read is skipped. */
    public List<RunConfig> configurations() throws CoreException {
        List<RunConfig> out = new ArrayList<>();
        IFolder f = project().getFolder("configurations");
        f.refreshLocal(IResource.DEPTH_ONE, null);
        List<IResource> files = new ArrayList<>(List.of(f.members()));
        files.sort(Comparator.comparing(IResource::getName));
        for (IResource r : files) {
            if (r instanceof IFile file && "nnrun".equals(file.getFileExtension())) {
                try {
                    out.add(RunConfigJson.read(Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8)));
                } catch (IOException | IllegalArgumentException e) {
                    // not a configuration this version reads
                }
            }
        }
        if (out.isEmpty()) {
            RunConfig first = RunConfig.of("edge CNN", "edge-cnn", "edges:per-class=20").withEpochs(10).withLearningRate(0.01);
            save(first);
            out.add(first);
        }
        return out;
    }

    /** Saves {@code c} as {@code configurations/<name>.nnrun}, replacing one of that name. */
    public IFile save(RunConfig c) throws CoreException {
        IFile f = configurationFile(c.name());
        byte[] bytes = RunConfigJson.write(c).getBytes(StandardCharsets.UTF_8);
        if (f.exists()) {
            f.setContents(new ByteArrayInputStream(bytes), true, true, null);
        } else {
            f.create(new ByteArrayInputStream(bytes), true, null);
        }
        return f;
    }

    public void delete(RunConfig c) throws CoreException {
        IFile f = configurationFile(c.name());
        if (f.exists()) {
            f.delete(true, null);
        }
    }

    private IFile configurationFile(String name) throws CoreException {
        String safe = name.replaceAll("[^A-Za-z0-9 ._-]+", "-").strip();
        return project().getFolder("configurations").getFile((safe.isEmpty() ? "run" : safe) + ".nnrun");
    }

    /** A fresh run folder on disk for a run called {@code name}. */
    public Path newRunFolder(String name) throws CoreException {
        return RunFolder.fresh(runsFolder(), name);
    }

    public Path runsFolder() throws CoreException {
        return project().getFolder("runs").getLocation().toFile().toPath();
    }

    /** Makes the workspace see what the runner wrote. */
    public void refresh() {
        try {
            project().getFolder("runs").refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (CoreException e) {
            // the next refresh catches up
        }
    }

    /**
     * Copies every run folder found under {@code from} (itself, or up to three levels down) into a new folder of
     * the runs, named after {@code from}; returns how many. Folders without {@code run.nnrun} are left out.
     */
    public int importRuns(Path from) throws CoreException, IOException {
        List<Path> found;
        try (Stream<Path> s = Files.walk(from, 3)) {
            found = s.filter(p -> Files.isRegularFile(p.resolve(RunFolder.CONFIG))).toList();
        }
        if (found.isEmpty()) {
            return 0;
        }
        Path target = newRunFolder(from.getFileName() + "-imported");
        for (Path run : found) {
            Path dest = target.resolve(from.relativize(run).toString().isEmpty() ? run.getFileName().toString()
                    : from.relativize(run).toString());
            Files.createDirectories(dest);
            try (Stream<Path> files = Files.list(run)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, dest.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        refresh();
        return found.size();
    }

    /** Every run folder (also inside sweep folders), newest first. */
    public List<Path> runFolders() throws CoreException {
        Path runs = runsFolder();
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(runs, 3)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(RunFolder.CONFIG)))
                    .sorted(Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
