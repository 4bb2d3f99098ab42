package org.factcheck.web;

import java.util.List;

/** API.md: lists are paged as {@code {"items", "page", "size", "total"}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw Problem.invalid("page", "page starts at 0.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problem.invalid("size", "size is between 1 and " + MAX_SIZE + ".");
        }
    }
}
