package org.taxonomist.models.pca;

/**
 * Eigenvalues and eigenvectors of a small dense symmetric matrix by cyclic Jacobi rotations: slow
 * for large matrices (O(m³) per sweep) but simple and accurate, which is all the Rayleigh-Ritz
 * step of the subspace iteration needs (m is the subspace size, about k + k/4).
 */
final class SymmetricEigen {

    private static final int MAX_SWEEPS = 100;

    /** Eigenvalues, descending. */
    final double[] values;
    /** {@code vectors[r][c]}: component r of the eigenvector of {@code values[c]}. */
    final double[][] vectors;

    private SymmetricEigen(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    static SymmetricEigen of(double[][] symmetric) {
        int m = symmetric.length;
        double[][] a = new double[m][];
        for (int i = 0; i < m; i++) {
            a[i] = symmetric[i].clone();
        }
        double[][] v = new double[m][m];
        for (int i = 0; i < m; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double offDiagonal = 0;
            double diagonal = 0;
            for (int p = 0; p < m; p++) {
                diagonal += a[p][p] * a[p][p];
                for (int q = p + 1; q < m; q++) {
                    offDiagonal += a[p][q] * a[p][q];
                }
            }
            if (offDiagonal <= 1e-30 * Math.max(diagonal, Double.MIN_NORMAL)) {
                break;
            }
            for (int p = 0; p < m; p++) {
                for (int q = p + 1; q < m; q++) {
                    rotate(a, v, p, q);
                }
            }
        }
        double[] values = new double[m];
        for (int i = 0; i < m; i++) {
            values[i] = a[i][i];
        }
        // selection sort, descending, moving the eigenvector columns along
        for (int i = 0; i < m; i++) {
            int largest = i;
            for (int j = i + 1; j < m; j++) {
                if (values[j] > values[largest]) {
                    largest = j;
                }
            }
            if (largest != i) {
                double tmp = values[i];
                values[i] = values[largest];
                values[largest] = tmp;
                for (double[] row : v) {
                    double t = row[i];
                    row[i] = row[largest];
                    row[largest] = t;
                }
            }
        }
        return new SymmetricEigen(values, v);
    }

    /** Zeroes a[p][q] by one rotation (Numerical Recipes' stable form), applied to a and to v. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double apq = a[p][q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int m = a.length;
        for (int k = 0; k < m; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < m; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < m; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }
}
