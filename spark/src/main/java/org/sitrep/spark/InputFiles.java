package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** The files under the job's input paths that it reads, by name as ingest tells them, in a stable order. */
final class InputFiles {
    private static final List<String> ENDINGS = List.of(".csv", ".html", ".htm", ".txt", ".warc", ".jsonl", ".ndjson");

    private InputFiles() {
    }

    /**
     * Every readable file under the paths (folders recursively, hidden files and Spark's own {@code _SUCCESS} left
     * out), fully qualified, in the order of the paths and by name within a folder.
     *
     * @throws IllegalArgumentException naming a path that does not exist
     */
    static List<String> list(List<String> paths, Configuration conf) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            try {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) {
                    throw new IllegalArgumentException("--input " + p + ": no such file or folder");
                }
                FileStatus status = fs.getFileStatus(path);
                if (status.isFile()) {
                    out.add(status.getPath().toString());
                    continue;
                }
                List<String> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(path, true);
                while (files.hasNext()) {
                    Path file = files.next().getPath();
                    if (reads(file.getName())) {
                        found.add(file.toString());
                    }
                }
                found.sort(null);
                out.addAll(found);
            } catch (IOException e) {
                throw new UncheckedIOException("--input " + p + ": cannot list: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static boolean reads(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.startsWith("_")) {
            return false;
        }
        String bare = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
        return ENDINGS.stream().anyMatch(bare::endsWith);
    }
}
