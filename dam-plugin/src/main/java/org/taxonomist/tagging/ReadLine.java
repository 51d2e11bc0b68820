package org.taxonomist.tagging;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.taxonomist.models.text.TextLine;

/**
 * A line of text read in an image, with its box as fractions of the image (so it fits the thumbnail
 * as well as the original).
 */
@Embeddable
public class ReadLine {

    /** Longer lines are cut: a picture's line of text is a caption, a sign, a label, not a page. */
    static final int MAX_LENGTH = 1000;

    @Column(name = "lineText", nullable = false, length = MAX_LENGTH)
    private String text;

    private float score;
    private float boxLeft;
    private float boxTop;
    private float boxWidth;
    private float boxHeight;

    protected ReadLine() {}

    ReadLine(TextLine line) {
        this.text = line.text().length() > MAX_LENGTH ? line.text().substring(0, MAX_LENGTH) : line.text();
        this.score = line.score();
        this.boxLeft = line.left();
        this.boxTop = line.top();
        this.boxWidth = line.width();
        this.boxHeight = line.height();
    }

    /** As the brand spotter takes it. */
    TextLine toTextLine() {
        return new TextLine(text, score, boxLeft, boxTop, boxWidth, boxHeight);
    }

    public String getText() {
        return text;
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
