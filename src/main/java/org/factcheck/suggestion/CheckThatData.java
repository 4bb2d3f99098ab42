package org.factcheck.suggestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CheckThat! 2024 task 1 files (research-use terms: never shipped, read from a folder given at training
 * time). The text is the next-to-last column and the label the last; a line with too few columns (the English
 * train file has one where two rows are joined) is skipped.
 */
final class CheckThatData {

    private CheckThatData() {
    }

    /** {@code split} is train, dev or dev-test; {@code language} en or ar. */
    static List<Example> read(Path folder, String language, String split) throws IOException {
        String name = language.equals("ar") ? "arabic" : "english";
        int columns = language.equals("ar") ? 4 : 3;
        Path file = folder.resolve("CT24_checkworthy_" + name + "_" + split + ".tsv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            if (cols.length != columns) {
                continue;
            }
            String label = cols[columns - 1].strip();
            if (!label.equals("Yes") && !label.equals("No")) {
                continue;
            }
            out.add(new Example(cols[columns - 2], language, label.equals("Yes")));
        }
        return out;
    }
}
