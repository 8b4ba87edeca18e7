package org.leavenotify.bootstrap.repository;

import java.nio.file.Files;
import java.nio.file.Path;

/** The root of this repository (the folder with {@code docs/} and {@code README.md}), found from the module's folder. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("README.md")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root (a folder with docs/ and README.md) above "
                    + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
