package org.taxonomist.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.taxonomist.models.detection.DetectedObject;

/**
 * An object the detector found in an image, with its box as fractions of the image (so it fits the
 * thumbnail as well as the original).
 */
@Embeddable
public class FoundObject {

    @Column(nullable = false, length = 100)
    private String label;

    private float score;
    private float boxLeft;
    private float boxTop;
    private float boxWidth;
    private float boxHeight;

    protected FoundObject() {}

    FoundObject(DetectedObject found) {
        this.label = found.label();
        this.score = found.score();
        this.boxLeft = found.left();
        this.boxTop = found.top();
        this.boxWidth = found.width();
        this.boxHeight = found.height();
    }

    public String getLabel() {
        return label;
    }

    public float getScore() {
        return score;
    }

    public float getLeft() {
        return boxLeft;
    }

    public float getTop() {
        return boxTop;
    }

    public float getWidth() {
        return boxWidth;
    }

    public float getHeight() {
        return boxHeight;
    }
}
