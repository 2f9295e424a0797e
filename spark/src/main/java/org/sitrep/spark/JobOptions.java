package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code --input PATH... --output DIR [--partitions N]}. Paths are anything Hadoop reads
 * (a local path, {@code hdfs://}, {@code s3a://}); folders are read recursively.
 *
 * @param partitions how many partitions the pages are spread over for the pipeline; 0 for three per core of the cluster
 */
record JobOptions(List<String> inputs, String output, int partitions) {
    static final String USAGE = "usage: SparkIngestJob --input PATH... --output DIR [--partitions N]";

    JobOptions {
        inputs = List.copyOf(inputs);
    }

    /** @throws IllegalArgumentException naming what is wrong with the command line, and the usage */
    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        int partitions = 0;
        String option = null;
        for (String arg : args) {
            if (arg.startsWith("--")) {
                option = arg;
                if (!List.of("--input", "--output", "--partitions").contains(arg)) {
                    throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
                }
                continue;
            }
            switch (option == null ? "" : option) {
                case "--input" -> inputs.add(arg);
                case "--output" -> output = arg;
                case "--partitions" -> partitions = partitions(arg);
                default -> throw new IllegalArgumentException("unexpected argument " + arg + "; " + USAGE);
            }
        }
        if (inputs.isEmpty() || output == null) {
            throw new IllegalArgumentException("--input and --output are required; " + USAGE);
        }
        return new JobOptions(inputs, output, partitions);
    }

    private static int partitions(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--partitions must be a whole number >= 1; got: " + value);
    }
}
