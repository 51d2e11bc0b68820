package org.taxonomist.models.pca;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues and eigenvectors of a small dense symmetric matrix, by EJML's symmetric QR
 * algorithm, sorted the way the Rayleigh-Ritz step of the subspace iteration reads them (m is the
 * subspace size, about k + k/4).
 */
final class SymmetricEigen {

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
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eigen.decompose(new DMatrixRMaj(symmetric))) {
            throw new ArithmeticException("The eigendecomposition of a " + m + " × " + m + " matrix did not converge");
        }
        int[] order = IntStream.range(0, m)
                .boxed()
                .sorted(Comparator.comparingDouble(
                                (Integer i) -> eigen.getEigenvalue(i).getReal())
                        .reversed())
                .mapToInt(Integer::intValue)
                .toArray();
        double[] values = new double[m];
        double[][] vectors = new double[m][m];
        for (int c = 0; c < m; c++) {
            values[c] = eigen.getEigenvalue(order[c]).getReal();
            DMatrixRMaj vector = eigen.getEigenVector(order[c]);
            for (int r = 0; r < m; r++) {
                vectors[r][c] = vector.get(r);
            }
        }
        return new SymmetricEigen(values, vectors);
    }
}
