package dev.saring.dedup.internal;

/**
 * Sorts an index array by the fixed-width records of longs it points at, without boxing.
 */
public final class PrimitiveSort {

    private static final int INSERTION_LIMIT = 24;

    private PrimitiveSort() {
    }

    /**
     * Sorts {@code idx} so that the records {@code data[idx[i]*width ..]} are in ascending order of their
     * first {@code keyWidth} longs (signed).
     */
    public static void sortIndex(int[] idx, long[] data, int width, int keyWidth) {
        quick(idx, 0, idx.length - 1, data, width, keyWidth);
    }

    private static void quick(int[] a, int lo, int hi, long[] d, int w, int k) {
        while (hi - lo > INSERTION_LIMIT) {
            int mid = (lo + hi) >>> 1;
            if (cmp(d, a[mid], a[lo], w, k) < 0) swap(a, mid, lo);
            if (cmp(d, a[hi], a[lo], w, k) < 0) swap(a, hi, lo);
            if (cmp(d, a[hi], a[mid], w, k) < 0) swap(a, hi, mid);
            int pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (cmp(d, a[i], pivot, w, k) < 0) i++;
                while (cmp(d, a[j], pivot, w, k) > 0) j--;
                if (i <= j) swap(a, i++, j--);
            }
            // Recurse into the smaller side, loop on the larger: stack depth stays logarithmic.
            if (j - lo < hi - i) {
                quick(a, lo, j, d, w, k);
                lo = i;
            } else {
                quick(a, i, hi, d, w, k);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && cmp(d, a[j], v, w, k) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static int cmp(long[] d, int x, int y, int w, int k) {
        int bx = x * w;
        int by = y * w;
        for (int i = 0; i < k; i++) {
            int c = Long.compare(d[bx + i], d[by + i]);
            if (c != 0) return c;
        }
        return 0;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
