package org.taxonomist.batch.audit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.taxonomist.training.TrainingSet;

/**
 * What one audit keeps between its steps, in a folder of its own per job instance: the labels
 * and embeddings it read, and each bag's held-out predictions. A restarted audit finds them and
 * goes on where it stopped; the last step deletes the folder.
 */
final class AuditFolder {

    private final Path folder;

    AuditFolder(Path folder) {
        this.folder = folder;
    }

    /** Writes the labels (small, read by every step) and the embeddings (read by the bags) apart. */
    void writeSnapshot(TrainingSet set) {
        write("labels", out -> {
            out.writeUTF(set.field());
            writeStrings(out, set.terms());
            writeStrings(out, List.copyOf(set.embeddings().keySet()));
            out.writeInt(set.size());
            for (int i = 0; i < set.size(); i++) {
                out.writeLong(set.assetIds()[i]);
                for (boolean label : set.labels()[i]) {
                    out.writeBoolean(label);
                }
            }
        });
        write("embeddings", out -> {
            for (float[][] x : set.embeddings().values()) {
                writeMatrix(out, x);
            }
        });
    }

    /** The snapshot: labels and embeddings. */
    TrainingSet readSnapshot() {
        return read("labels", in -> {
            String field = in.readUTF();
            List<String> terms = readStrings(in);
            List<String> backbones = readStrings(in);
            int n = in.readInt();
            long[] ids = new long[n];
            boolean[][] labels = new boolean[n][terms.size()];
            for (int i = 0; i < n; i++) {
                ids[i] = in.readLong();
                for (int t = 0; t < terms.size(); t++) {
                    labels[i][t] = in.readBoolean();
                }
            }
            Map<String, float[][]> embeddings = new LinkedHashMap<>();
            read("embeddings", vectors -> {
                for (String backbone : backbones) {
                    embeddings.put(backbone, readMatrix(vectors));
                }
                return null;
            });
            return new TrainingSet(field, terms, ids, labels, embeddings);
        });
    }

    boolean hasBag(int bag) {
        return Files.exists(folder.resolve(bagFile(bag)));
    }

    void writeBag(int bag, float[][] heldOut) {
        write(bagFile(bag), out -> writeMatrix(out, heldOut));
    }

    float[][] readBag(int bag) {
        return read(bagFile(bag), AuditFolder::readMatrix);
    }

    void delete() {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the audit's files in " + folder, e);
        }
    }

    private static String bagFile(int bag) {
        return "bag-" + bag;
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private interface Reading<T> {
        T from(DataInputStream in) throws IOException;
    }

    /** Writes next to the file, then moves it in place: a crash leaves the old file or none, never half of one. */
    private void write(String name, Writing writing) {
        Path target = folder.resolve(name);
        Path partial = folder.resolve(name + ".partial");
        try {
            Files.createDirectories(folder);
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
                writing.to(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit's " + target, e);
        }
    }

    private <T> T read(String name, Reading<T> reading) {
        Path file = folder.resolve(name);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            return reading.from(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit's " + file + "; start a new audit", e);
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    private static void writeMatrix(DataOutputStream out, float[][] x) throws IOException {
        out.writeInt(x.length);
        out.writeInt(x.length == 0 ? 0 : x[0].length);
        for (float[] row : x) {
            for (float v : row) {
                out.writeFloat(v);
            }
        }
    }

    private static float[][] readMatrix(DataInputStream in) throws IOException {
        float[][] x = new float[in.readInt()][in.readInt()];
        for (float[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = in.readFloat();
            }
        }
        return x;
    }
}
