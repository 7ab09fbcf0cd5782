package io.transcheck.check;

/**
 * A number read from text, with what it counts.
 *
 * @param min     lower bound (equals max unless it is a range such as 6至8周)
 * @param max     upper bound
 * @param unit    the class of what it counts (month, percent, money, count...), or "" if bare
 * @param surface the text it was read from, for messages
 */
public record Quantity(double min, double max, String unit, String surface) {
    public Quantity {
        if (max < min) throw new IllegalArgumentException(min + ".." + max);
        if (unit == null || surface == null) throw new IllegalArgumentException("incomplete quantity");
    }

    /** Same kind of thing, or one side does not say. */
    public boolean comparable(Quantity o) {
        return unit.isEmpty() || o.unit.isEmpty() || unit.equals(o.unit);
    }

    /** Same value, allowing for rounding. */
    public boolean agrees(Quantity o) {
        double tol = 0.005 * Math.max(Math.abs(max), Math.abs(o.max));
        return min <= o.max + tol && o.min <= max + tol;
    }
}
