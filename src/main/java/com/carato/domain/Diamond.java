package com.carato.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The characteristics of one stone, as graded. Valid by construction: a {@code Diamond} with a
 * zero size, an implausible number, an impossible percentage or a missing grade cannot exist.
 *
 * <p>The weight must agree with the size: see {@link #CARAT_PER_CUBIC_MM}.
 *
 * @param carat   weight in carats (1 ct = 200 mg), positive, at most {@link #MAX_CARAT}
 * @param cut     quality of the cut
 * @param color   colour grade
 * @param clarity clarity grade
 * @param depth   total depth percentage, z / mean(x, y) x 100, in (0, 100)
 * @param table   width of the top facet relative to the widest point, percent, in (0, 100)
 * @param x       length in mm, positive, at most {@link #MAX_SIZE_MM}
 * @param y       width in mm, positive, at most {@link #MAX_SIZE_MM}
 * @param z       depth in mm, positive, at most {@link #MAX_SIZE_MM}
 */
public record Diamond(double carat, Cut cut, Color color, Clarity clarity,
                      double depth, double table, double x, double y, double z) {

    /** The column names of a stone's characteristics, in the data set's order. */
    public static final List<String> FIELDS =
            List.of("carat", "cut", "color", "clarity", "depth", "table", "x", "y", "z");

    /**
     * How far, in percentage points, a typed depth may stray from the depth computed from x, y, z
     * before it is called inconsistent. The inputs are rounded (0.01 mm, 0.1 %), which explains at
     * most about 0.2 points (the 99th percentile on the reference data is 0.17); 1.0 is five
     * times that, so only a real disagreement is flagged.
     */
    public static final double DEPTH_TOLERANCE = 1.0;

    /**
     * The largest plausible weight. The largest cut diamonds weigh about 530 to 546 ct (Cullinan I,
     * Golden Jubilee); a larger number is a typo or another unit, never a stone to price.
     */
    public static final double MAX_CARAT = 1_000;

    /**
     * The largest plausible length, width or depth. The largest cut diamond, Cullinan I, is about
     * 59 mm long; a larger number is a typo or another unit (µm, say), never a stone to price.
     */
    public static final double MAX_SIZE_MM = 100;

    /**
     * Carats per cubic millimetre of the bounding box x × y × z of a round brilliant: the trade's
     * estimate carat ≈ 0.0061 × x × y × z. On the reference data the ratio has a median of 0.00611
     * and 99.8 % of the stones lie between 0.00575 and 0.00672 (6 % below to 10 % above 0.0061).
     */
    public static final double CARAT_PER_CUBIC_MM = 0.0061;

    /**
     * How far, relative to the weight the sizes imply, the weight may stray before a valid stone is
     * flagged for a second look (6 stones of the reference data, all of Fair cut, 10 to 16 % off).
     */
    public static final double WEIGHT_SIZE_WARNING = 0.10;

    /**
     * How far, relative to the weight the sizes imply, the weight may stray at most: beyond it the
     * stone is invalid. Only 2 stones of the reference data are further off (50 % and 211 %), and both
     * are clearly mistyped (z = 1.41 mm on a 1.41 ct stone, x = 5.67 mm on a 0.35 ct stone).
     */
    public static final double WEIGHT_SIZE_LIMIT = 0.20;

    public Diamond {
        List<FieldError> errors = check(carat, cut, color, clarity, depth, table, x, y, z);
        if (!errors.isEmpty()) {
            throw new InvalidDiamondException(errors);
        }
    }

    /** Every reason why these values do not make a valid stone; empty when they do. */
    public static List<FieldError> check(double carat, Cut cut, Color color, Clarity clarity,
                                         double depth, double table, double x, double y, double z) {
        List<FieldError> errors = new ArrayList<>();
        boolean measured = bounded(errors, "carat", carat, FieldProblem.WEIGHT_NOT_POSITIVE,
                FieldProblem.WEIGHT_IMPLAUSIBLE, MAX_CARAT);
        if (cut == null) {
            errors.add(new FieldError("cut", FieldProblem.GRADE_MISSING, Grade.validLabels(Cut.class)));
        }
        if (color == null) {
            errors.add(new FieldError("color", FieldProblem.GRADE_MISSING, Grade.validLabels(Color.class)));
        }
        if (clarity == null) {
            errors.add(new FieldError("clarity", FieldProblem.GRADE_MISSING, Grade.validLabels(Clarity.class)));
        }
        percentage(errors, "depth", depth);
        percentage(errors, "table", table);
        measured &= bounded(errors, "x", x, FieldProblem.SIZE_NOT_POSITIVE,
                FieldProblem.SIZE_IMPLAUSIBLE, MAX_SIZE_MM);
        measured &= bounded(errors, "y", y, FieldProblem.SIZE_NOT_POSITIVE,
                FieldProblem.SIZE_IMPLAUSIBLE, MAX_SIZE_MM);
        measured &= bounded(errors, "z", z, FieldProblem.SIZE_NOT_POSITIVE,
                FieldProblem.SIZE_IMPLAUSIBLE, MAX_SIZE_MM);
        if (measured && Math.abs(weightSizeDeviation(carat, x, y, z)) > WEIGHT_SIZE_LIMIT) {
            errors.add(new FieldError("carat", FieldProblem.WEIGHT_SIZE_MISMATCH,
                    carat, x, y, z, impliedCarat(x, y, z), WEIGHT_SIZE_LIMIT * 100));
        }
        return errors;
    }

    /**
     * Adds to {@code errors} what {@link #check} finds wrong, except for fields that already have an
     * error (a value that could not be read is reported once, as unreadable, not again as invalid).
     * Readers pass NaN or null for the unreadable fields. True when the values make a valid stone.
     */
    public static boolean checkUnreported(List<FieldError> errors, double carat, Cut cut, Color color,
                                          Clarity clarity, double depth, double table, double x, double y, double z) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        errors.forEach(e -> reported.add(e.field()));
        for (FieldError error : check(carat, cut, color, clarity, depth, table, x, y, z)) {
            if (!reported.contains(error.field())) {
                errors.add(error);
            }
        }
        return errors.isEmpty();
    }

    /** Adds the error of a value outside (0, max]; true when the value is within. */
    private static boolean bounded(List<FieldError> errors, String field, double value, FieldProblem notPositive,
                                   FieldProblem implausible, double max) {
        if (!Double.isFinite(value)) {
            errors.add(new FieldError(field, FieldProblem.NOT_A_NUMBER_VALUE, String.valueOf(value)));
        } else if (value <= 0) {
            errors.add(new FieldError(field, notPositive, format(value)));
        } else if (value > max) {
            errors.add(new FieldError(field, implausible, format(value), max));
        } else {
            return true;
        }
        return false;
    }

    private static void percentage(List<FieldError> errors, String field, double value) {
        if (!Double.isFinite(value)) {
            errors.add(new FieldError(field, FieldProblem.NOT_A_NUMBER_VALUE, String.valueOf(value)));
        } else if (value <= 0 || value >= 100) {
            errors.add(new FieldError(field, FieldProblem.NOT_A_PERCENTAGE, format(value)));
        }
    }

    /** A number as typed: 0, -1, 1.5, 1.0E308 (a huge value is not squeezed into a long). */
    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    /** Depth percentage computed from the measurements: z / mean(x, y) x 100. */
    public double computedDepth() {
        return computedDepth(x, y, z);
    }

    /** Depth percentage computed from measurements, or NaN when they cannot give one. */
    public static double computedDepth(double x, double y, double z) {
        double mean = (x + y) / 2;
        return mean > 0 && z > 0 ? z / mean * 100 : Double.NaN;
    }

    /** True when the typed depth disagrees with x, y, z by more than {@link #DEPTH_TOLERANCE}. */
    public boolean depthDisagrees() {
        return Math.abs(depth - computedDepth()) > DEPTH_TOLERANCE;
    }

    /** The weight in carats that the sizes imply: {@link #CARAT_PER_CUBIC_MM} × x × y × z. */
    public double impliedCarat() {
        return impliedCarat(x, y, z);
    }

    /** The weight in carats that sizes imply: {@link #CARAT_PER_CUBIC_MM} × x × y × z. */
    public static double impliedCarat(double x, double y, double z) {
        return CARAT_PER_CUBIC_MM * x * y * z;
    }

    /**
     * How far the weight is from the weight the sizes imply, relative to the latter:
     * carat / (0.0061 × x × y × z) − 1; positive when the stone is heavier than its size suggests.
     */
    public double weightSizeDeviation() {
        return weightSizeDeviation(carat, x, y, z);
    }

    /** See {@link #weightSizeDeviation()}; NaN or infinite when the sizes are not positive. */
    public static double weightSizeDeviation(double carat, double x, double y, double z) {
        return carat / impliedCarat(x, y, z) - 1;
    }

    /**
     * True when the weight and the size are more than {@link #WEIGHT_SIZE_WARNING} apart (a valid
     * stone is never more than {@link #WEIGHT_SIZE_LIMIT} apart): worth a second look.
     */
    public boolean weightSizeDisagrees() {
        return Math.abs(weightSizeDeviation()) > WEIGHT_SIZE_WARNING;
    }

    /** The warning for a stone whose weight and size disagree, or empty when they agree. */
    public Optional<FieldError> weightSizeWarning() {
        if (!weightSizeDisagrees()) {
            return Optional.empty();
        }
        return Optional.of(new FieldError("carat", FieldProblem.WEIGHT_SIZE_OFF,
                carat, Math.abs(weightSizeDeviation()) * 100, x, y, z, impliedCarat(), WEIGHT_SIZE_WARNING * 100));
    }

    public Diamond withClarity(Clarity newClarity) {
        return new Diamond(carat, cut, color, Objects.requireNonNull(newClarity), depth, table, x, y, z);
    }
}
