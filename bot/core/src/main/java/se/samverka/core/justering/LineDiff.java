package se.samverka.core.justering;

import java.util.ArrayList;
import java.util.List;

/** A line diff by the longest common subsequence: "- " for a line taken away, "+ " for one added, "  " for kept. */
public final class LineDiff {
    private LineDiff() {}

    /** Every line of both texts in order, each marked kept, removed or added. */
    public static List<String> diff(List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() && j < after.size()) {
            if (before.get(i).equals(after.get(j))) {
                out.add("  " + before.get(i++));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add("- " + before.get(i++));
            } else {
                out.add("+ " + after.get(j++));
            }
        }
        while (i < before.size()) out.add("- " + before.get(i++));
        while (j < after.size()) out.add("+ " + after.get(j++));
        return out;
    }

    /** Only the changed lines. */
    public static List<String> changes(List<String> before, List<String> after) {
        return diff(before, after).stream().filter(l -> !l.startsWith("  ")).toList();
    }
}
