package dev.gatehouse.secrets.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and directories only their owner may read (0600 / 0700 where the file system has modes).
 */
final class OwnerOnlyFiles {
  private OwnerOnlyFiles() {}

  static void createDirectory(Path directory) {
    try {
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(directory.getParent());
        Files.createDirectory(directory, attribute("rwx------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the directory " + directory, e);
    }
  }

  /** Writes a new file, or replaces one atomically: a reader sees the old or the new content. */
  static void write(Path file, String content) {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.deleteIfExists(temporary);
      Files.createFile(temporary, attribute("rw-------"));
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static FileAttribute<?>[] attribute(String mode) {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))
      };
    }
    return new FileAttribute<?>[0];
  }
}
