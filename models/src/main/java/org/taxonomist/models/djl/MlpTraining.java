package org.taxonomist.models.djl;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.loss.SigmoidBinaryCrossEntropyLoss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.CosineTracker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.taxonomist.models.head.recipe.DenseLayer;
import org.taxonomist.models.head.recipe.HeadSettings;

/**
 * Trains a head's layers on DJL's PyTorch engine and copies the weights out as plain floats
 * ({@link DenseLayer}s), so that nothing after training needs the engine.
 *
 * <p>The network: {@code Linear → ReLU (→ Dropout)} per hidden layer, then {@code Linear} to one
 * logit per term. Loss: DJL's {@link SigmoidBinaryCrossEntropyLoss} on logits
 * ({@code fromSigmoid = false}; its {@code fromSigmoid = true} branch is wrong in DJL 0.35.1).
 * Weights start He-normal, biases at zero; Adam with weight decay and a cosine decay of the
 * learning rate to a tenth; optional early stopping on a held-out tenth (best epoch kept).
 *
 * <p>Determinism: shuffling and the held-out split come from a Java {@link SplittableRandom}; weight
 * initialisation and dropout from the engine's generator, seeded per training. Because that
 * generator is global to the process, trainings run one at a time (a class-wide lock); each one
 * keeps every core busy anyway. Per-batch arrays live in a sub-manager closed after the batch.
 */
public final class MlpTraining {

    private static final System.Logger LOG = System.getLogger(MlpTraining.class.getName());
    private static final Object ENGINE_LOCK = new Object();
    /** Rows per forward pass when scoring the held-out part. */
    private static final int EVALUATION_BATCH = 2048;
    /** A held-out loss must improve by this much (relative) to count as better. */
    private static final double MIN_IMPROVEMENT = 1e-4;

    private final float[] x;
    private final float[] y;
    private final int d;
    private final int k;
    private final HeadSettings settings;

    private MlpTraining(float[] x, float[] y, int d, int k, HeadSettings settings) {
        this.x = x;
        this.y = y;
        this.d = d;
        this.k = k;
        this.settings = settings;
    }

    /**
     * Fits the layers.
     *
     * @param x standardised embeddings, row-major {@code n x d}
     * @param y targets (0 or 1), row-major {@code n x k}
     * @return the trained layers, input side first (ReLU between them, sigmoid after the last)
     */
    public static List<DenseLayer> fit(float[] x, float[] y, int n, int d, int k, HeadSettings settings) {
        if (n < 1 || d < 1 || k < 1 || x.length != (long) n * d || y.length != (long) n * k) {
            throw new IllegalArgumentException(
                    "Expected " + n + " x " + d + " inputs and " + n + " x " + k + " targets");
        }
        MlpTraining training = new MlpTraining(x, y, d, k, settings);
        synchronized (ENGINE_LOCK) {
            return training.run(n);
        }
    }

    private List<DenseLayer> run(int n) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        int[] held = new int[0];
        boolean earlyStopping = settings.patience() > 0 && n >= HeadSettings.MIN_ASSETS_FOR_EARLY_STOPPING;
        if (earlyStopping) {
            shuffle(rows, random.split());
            held = Arrays.copyOfRange(rows, n - n / 10, n);
            rows = Arrays.copyOfRange(rows, 0, n - n / 10);
            Arrays.sort(held);
            Arrays.sort(rows); // the epoch shuffles below then depend only on the seed, not on the split's order
        }
        int batchSize = Math.min(
                settings.batchSize(),
                Math.max(
                        1,
                        (rows.length + HeadSettings.MIN_UPDATES_PER_EPOCH - 1) / HeadSettings.MIN_UPDATES_PER_EPOCH));
        int updatesPerEpoch = (rows.length + batchSize - 1) / batchSize;

        try (NDManager root = DjlRuntime.newCpuManager()) { // also makes sure the engine starts offline
            Engine engine = root.getEngine();
            engine.setRandomSeed((int) (settings.seed() ^ (settings.seed() >>> 32)));
            try (Model model = Model.newInstance("head", Device.cpu(), engine.getEngineName())) {
                SequentialBlock network = network();
                model.setBlock(network);
                float rate = (float) settings.learningRate();
                Adam adam = Adam.builder()
                        .optLearningRateTracker(CosineTracker.builder()
                                .setBaseValue(rate)
                                .optFinalValue(rate / 10)
                                .setMaxUpdates(Math.max(1, settings.epochs() * updatesPerEpoch))
                                .build())
                        .optWeightDecays((float) settings.weightDecay())
                        .build();
                DefaultTrainingConfig config = new DefaultTrainingConfig(new SigmoidBinaryCrossEntropyLoss())
                        .optOptimizer(adam)
                        .optDevices(new Device[] {Device.cpu()})
                        .optInitializer(
                                new XavierInitializer(
                                        XavierInitializer.RandomType.GAUSSIAN, XavierInitializer.FactorType.IN, 2),
                                Parameter.Type.WEIGHT);
                try (Trainer trainer = model.newTrainer(config)) {
                    trainer.initialize(new Shape(batchSize, d));
                    return train(trainer, network, rows, held, batchSize, random.split());
                }
            }
        }
    }

    private SequentialBlock network() {
        SequentialBlock network = new SequentialBlock();
        for (int width : settings.hiddenLayers()) {
            network.add(Linear.builder().setUnits(width).build());
            network.add(Activation::relu);
            if (settings.dropout() > 0) {
                network.add(
                        Dropout.builder().optRate((float) settings.dropout()).build());
            }
        }
        network.add(Linear.builder().setUnits(k).build());
        return network;
    }

    private List<DenseLayer> train(
            Trainer trainer, SequentialBlock network, int[] rows, int[] held, int batchSize, SplittableRandom random) {
        Loss loss = trainer.getLoss();
        List<DenseLayer> best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int epochsWithoutProgress = 0;
        int epoch = 0;
        long started = System.nanoTime();
        float[] batchX = new float[batchSize * d];
        float[] batchY = new float[batchSize * k];
        while (epoch < settings.epochs()) {
            epoch++;
            shuffle(rows, random);
            for (int start = 0; start < rows.length; start += batchSize) {
                int count = Math.min(batchSize, rows.length - start);
                gather(rows, start, count, batchX, batchY);
                try (NDManager batch = trainer.getManager().newSubManager()) {
                    NDArray inputs = batch.create(
                            count == batchSize ? batchX : Arrays.copyOf(batchX, count * d), new Shape(count, d));
                    NDArray targets = batch.create(
                            count == batchSize ? batchY : Arrays.copyOf(batchY, count * k), new Shape(count, k));
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDList logits = trainer.forward(new NDList(inputs));
                        collector.backward(loss.evaluate(new NDList(targets), logits));
                    }
                    trainer.step();
                }
            }
            if (held.length == 0) {
                continue;
            }
            double heldLoss = heldOutLoss(trainer, loss, held);
            if (heldLoss < bestLoss * (1 - MIN_IMPROVEMENT)) {
                bestLoss = heldLoss;
                best = weights(network);
                bestEpoch = epoch;
                epochsWithoutProgress = 0;
            } else if (++epochsWithoutProgress >= settings.patience()) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (best == null) {
            LOG.log(
                    System.Logger.Level.DEBUG,
                    "Head trained: {0} x {1} -> {2}, {3} epochs, batch {4}, {5} s",
                    rows.length,
                    d,
                    k,
                    epoch,
                    batchSize,
                    seconds);
            return weights(network);
        }
        LOG.log(
                System.Logger.Level.DEBUG,
                "Head trained: {0} x {1} -> {2}, {3} epochs (best {4}, held-out loss {5}), batch {6}, {7} s",
                rows.length,
                d,
                k,
                epoch,
                bestEpoch,
                bestLoss,
                batchSize,
                seconds);
        return best;
    }

    /** Mean loss over the held-out rows, without dropout. */
    private double heldOutLoss(Trainer trainer, Loss loss, int[] held) {
        double sum = 0;
        for (int start = 0; start < held.length; start += EVALUATION_BATCH) {
            int count = Math.min(EVALUATION_BATCH, held.length - start);
            float[] batchX = new float[count * d];
            float[] batchY = new float[count * k];
            gather(held, start, count, batchX, batchY);
            try (NDManager batch = trainer.getManager().newSubManager()) {
                NDList logits = trainer.evaluate(new NDList(batch.create(batchX, new Shape(count, d))));
                NDArray targets = batch.create(batchY, new Shape(count, k));
                sum += loss.evaluate(new NDList(targets), logits).getFloat() * (double) count;
            }
        }
        return sum / held.length;
    }

    private void gather(int[] order, int start, int count, float[] batchX, float[] batchY) {
        for (int r = 0; r < count; r++) {
            int row = order[start + r];
            System.arraycopy(x, row * d, batchX, r * d, d);
            System.arraycopy(y, row * k, batchY, r * k, k);
        }
    }

    /** The linear layers' parameters as plain floats, weights transposed to [input][output]. */
    private static List<DenseLayer> weights(SequentialBlock network) {
        List<DenseLayer> layers = new ArrayList<>();
        for (Block block : network.getChildren().values()) {
            if (block instanceof Linear linear) {
                NDArray weight = linear.getParameters().get("weight").getArray(); // [output][input]
                int outputs = (int) weight.getShape().get(0);
                int inputs = (int) weight.getShape().get(1);
                float[] stored = weight.toFloatArray();
                float[] transposed = new float[stored.length];
                for (int o = 0; o < outputs; o++) {
                    for (int i = 0; i < inputs; i++) {
                        transposed[i * outputs + o] = stored[o * inputs + i];
                    }
                }
                float[] bias = linear.getParameters().get("bias").getArray().toFloatArray();
                layers.add(new DenseLayer(inputs, outputs, transposed, bias));
            }
        }
        return layers;
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }
}
