package org.colloquy.gradebook;

/** Points out of the most there are to get; a share of 0 when there is nothing to get. */
public record Score(int points, int max) {

    public static final Score NONE = new Score(0, 0);

    public Score plus(Score other) {
        return new Score(points + other.points, max + other.max);
    }

    /** The share in whole percent, rounded half up; 0 when {@code max} is 0. */
    public int percent() {
        return max == 0 ? 0 : (int) Math.round(points * 100.0 / max);
    }
}
