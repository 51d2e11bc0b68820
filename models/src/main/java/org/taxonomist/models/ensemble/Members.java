package org.taxonomist.models.ensemble;

import java.util.List;

/** Shape checks and row selection for lists of aligned probability matrices (one per member). */
final class Members {

    private Members() {}

    /** Checks that every matrix is n × T with the same T, and returns T (0 when n is 0). */
    static int check(List<float[][]> members, int n) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("No members");
        }
        int termCount = -1;
        for (int m = 0; m < members.size(); m++) {
            float[][] member = members.get(m);
            if (member.length != n) {
                throw new IllegalArgumentException("Member " + m + " has " + member.length + " rows, expected " + n);
            }
            for (int i = 0; i < n; i++) {
                if (termCount < 0) {
                    termCount = member[i].length;
                } else if (member[i].length != termCount) {
                    throw new IllegalArgumentException(
                            "Member " + m + " row " + i + " has " + member[i].length + " terms, expected " + termCount);
                }
            }
        }
        return Math.max(termCount, 0);
    }

    /** Checks that the members are aligned (same n × T) and returns T. */
    static int check(List<float[][]> members) {
        return check(members, members.isEmpty() ? 0 : members.get(0).length);
    }

    static int rows(List<float[][]> members) {
        return members.get(0).length;
    }

    static List<float[][]> select(List<float[][]> members, int[] rows) {
        return members.stream().map(member -> select(member, rows)).toList();
    }

    static float[][] select(float[][] matrix, int[] rows) {
        float[][] selected = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            selected[r] = matrix[rows[r]];
        }
        return selected;
    }

    static boolean[][] select(boolean[][] matrix, int[] rows) {
        boolean[][] selected = new boolean[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            selected[r] = matrix[rows[r]];
        }
        return selected;
    }
}
