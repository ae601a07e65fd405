package io.leadflow.console.application;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a page of a long list stands: its number (from 0), its size and how many items match in all, with the page
 * numbers worth offering as links (the first, the last and a few around the current one; {@code -1} marks a gap).
 */
public record ListPaging(int page, int size, long total) {

    private static final int AROUND = 2;

    public ListPaging {
        if (page < 0 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page from 0, size from 1, total not negative");
        }
    }

    /** How many pages the whole list fills; at least 1. */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    /** The 1-based number of the first item on this page (0 for an empty list). */
    public long firstItem() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    /** The 1-based number of the last item on this page. */
    public long lastItem() {
        return Math.min(total, (long) (page + 1) * size);
    }

    /** Page numbers (from 0) to link to, in order, with {@code -1} where pages are skipped. */
    public List<Integer> links() {
        List<Integer> links = new ArrayList<>();
        int last = pages() - 1;
        for (int n = 0; n <= last; n++) {
            boolean shown = n == 0 || n == last || Math.abs(n - page) <= AROUND;
            if (shown) {
                links.add(n);
            } else if (links.getLast() != -1) {
                links.add(-1);
            }
        }
        return links;
    }
}
