package org.taxonomist.models.ensemble;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taxonomist.models.head.Head;
import org.taxonomist.models.pca.Pca;

/**
 * A taxonomy field's trained model: for each backbone, bagged heads (on PCA-reduced embeddings
 * when PCA is on), whose mean is that backbone's prediction; the backbones' predictions combined
 * by a {@link Combiner}; and a tuned threshold per term. Pure Java: predicting needs no engine.
 *
 * <pre>{@code
 * Ensemble ensemble = EnsembleTraining.train(embeddings, labels, terms, EnsembleSettings.defaults()).ensemble();
 * float[] p = ensemble.predict(Map.of("nsfwjs-mobilenet_v2@4.3.0", embedding));
 * List<String> suggested = ensemble.above(p);     // the terms whose threshold p reaches
 * Ensemble same = Ensemble.fromBytes(ensemble.toBytes());
 * }</pre>
 */
public final class Ensemble {

    private static final int MAGIC = 0x5458454E; // "TXEN"
    private static final int FORMAT_VERSION = 1;

    /** One backbone's part: optional PCA, then bagged heads averaged. */
    public record Member(String backbone, Pca pca, List<Head> bags) {

        public Member {
            bags = List.copyOf(bags);
        }

        public float[] predict(float[] embedding) {
            float[] input = pca == null ? embedding : pca.project(embedding);
            float[] mean = null;
            for (Head bag : bags) {
                float[] p = bag.predict(input);
                if (mean == null) {
                    mean = p;
                } else {
                    for (int t = 0; t < p.length; t++) {
                        mean[t] += p[t];
                    }
                }
            }
            for (int t = 0; t < mean.length; t++) {
                mean[t] /= bags.size();
            }
            return mean;
        }
    }

    private final List<String> terms;
    private final List<Member> members;
    private final Combiner combiner;
    private final float[] thresholds;

    public Ensemble(List<String> terms, List<Member> members, Combiner combiner, float[] thresholds) {
        if (thresholds.length != terms.size() || members.isEmpty()) {
            throw new IllegalArgumentException("An ensemble needs members and one threshold per term");
        }
        this.terms = List.copyOf(terms);
        this.members = List.copyOf(members);
        this.combiner = combiner;
        this.thresholds = thresholds.clone();
    }

    /** Probabilities per term; {@code embeddings} holds each member's embedding under its backbone key. */
    public float[] predict(Map<String, float[]> embeddings) {
        List<float[][]> memberPredictions = new ArrayList<>();
        for (Member member : members) {
            float[] embedding = embeddings.get(member.backbone());
            if (embedding == null) {
                throw new IllegalArgumentException("No embedding from backbone " + member.backbone()
                        + " (the ensemble needs " + backbones() + ")");
            }
            memberPredictions.add(new float[][] {member.predict(embedding)});
        }
        return combiner.combine(memberPredictions)[0];
    }

    /** The terms whose probability reaches their threshold, most probable first. */
    public List<String> above(float[] probabilities) {
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            if (probabilities[t] >= thresholds[t]) {
                order.add(t);
            }
        }
        order.sort((a, b) -> Float.compare(probabilities[b], probabilities[a]));
        return order.stream().map(terms::get).toList();
    }

    public List<String> terms() {
        return terms;
    }

    public List<Member> members() {
        return members;
    }

    public List<String> backbones() {
        return members.stream().map(Member::backbone).toList();
    }

    public Combiner combiner() {
        return combiner;
    }

    public float[] thresholds() {
        return thresholds.clone();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeInt(terms.size());
            for (int t = 0; t < terms.size(); t++) {
                out.writeUTF(terms.get(t));
                out.writeFloat(thresholds[t]);
            }
            writeBlock(out, combiner.toBytes());
            out.writeInt(members.size());
            for (Member member : members) {
                out.writeUTF(member.backbone());
                writeBlock(
                        out, member.pca() == null ? new byte[0] : member.pca().toBytes());
                out.writeInt(member.bags().size());
                for (Head bag : member.bags()) {
                    writeBlock(out, bag.toBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Ensemble fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT_VERSION) {
                throw new IllegalArgumentException("Not a Taxonomist ensemble (format " + FORMAT_VERSION + ")");
            }
            int termCount = in.readInt();
            List<String> terms = new ArrayList<>();
            float[] thresholds = new float[termCount];
            for (int t = 0; t < termCount; t++) {
                terms.add(in.readUTF());
                thresholds[t] = in.readFloat();
            }
            Combiner combiner = Combiners.fromBytes(readBlock(in));
            int memberCount = in.readInt();
            List<Member> members = new ArrayList<>();
            for (int m = 0; m < memberCount; m++) {
                String backbone = in.readUTF();
                byte[] pca = readBlock(in);
                int bagCount = in.readInt();
                List<Head> bags = new ArrayList<>();
                for (int b = 0; b < bagCount; b++) {
                    bags.add(Head.fromBytes(readBlock(in)));
                }
                members.add(new Member(backbone, pca.length == 0 ? null : Pca.fromBytes(pca), bags));
            }
            return new Ensemble(terms, members, combiner, thresholds);
        } catch (IOException e) {
            throw new IllegalArgumentException("The ensemble's bytes are truncated or corrupt", e);
        }
    }

    private static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
        out.writeInt(block.length);
        out.write(block);
    }

    private static byte[] readBlock(DataInputStream in) throws IOException {
        byte[] block = new byte[in.readInt()];
        in.readFully(block);
        return block;
    }
}
