package com.carato.service;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.Grade;
import com.carato.domain.OutsideModelException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Checks that a price function is monotone on fixed grids of stones: a heavier stone, or one a
 * grade better in cut, colour or clarity with the rest unchanged, must not be cheaper. The grids are
 * those of issue 10 ("prices a jeweller can defend"):
 * <ul>
 *   <li><b>weight curve</b>: cut Ideal/Premium/Good × colour D/G/J × clarity IF/VS1/SI2 (27 curves),
 *       0.20 → 3.00 ct in 0.01 ct steps: 280 steps a curve, 7,560 in all;</li>
 *   <li><b>grade steps</b>: every cut × colour × clarity at nine weights (0.30 … 2.50 ct), each one-grade
 *       improvement of one characteristic with the rest fixed: 709 a weight, 6,381 in all;</li>
 *   <li><b>beyond the data</b>: the 27 curves from 3.00 ct up to a given weight (the model's limit).</li>
 * </ul>
 * Every stone has depth 61.8 %, table 57 % and the proportions of a 1.01 ct round of 6.43 × 6.47 ×
 * 3.98 mm scaled to its weight. A stone the price function refuses ({@link OutsideModelException})
 * stops its curve, or skips its grade comparisons: those checks are counted as refused, not as
 * violations. Weights are exact hundredths ({@code i / 100.0}), never sums of 0.01.
 */
public final class MonotonicityAudit {

    /** Where the beyond-the-data curves end unless told otherwise, in carats. */
    public static final double DEFAULT_UP_TO = 4.5;
    /** How many of the worst violations a grid keeps. */
    public static final int WORST = 5;

    public static final List<Cut> CURVE_CUTS = List.of(Cut.IDEAL, Cut.PREMIUM, Cut.GOOD);
    public static final List<Color> CURVE_COLORS = List.of(Color.D, Color.G, Color.J);
    public static final List<Clarity> CURVE_CLARITIES = List.of(Clarity.IF, Clarity.VS1, Clarity.SI2);
    /** The weight curve, in hundredths of a carat: 0.20 to 3.00 ct. */
    static final int CURVE_FROM = 20;
    static final int CURVE_TO = 300;
    /** The weights of the grade steps, in hundredths of a carat. */
    static final int[] GRADE_WEIGHTS = {30, 50, 70, 90, 100, 120, 150, 200, 250};

    static final double DEPTH = 61.8;
    static final double TABLE = 57;
    private static final double REFERENCE_CARAT = 1.01;
    private static final double[] REFERENCE_SIZE = {6.43, 6.47, 3.98};

    private final ToDoubleFunction<Diamond> price;

    /** @param price the price of a stone; may throw {@link OutsideModelException} to refuse one */
    public MonotonicityAudit(ToDoubleFunction<Diamond> price) {
        this.price = Objects.requireNonNull(price);
    }

    /** One comparison that failed: the better stone is cheaper. */
    public record Violation(String check, String stone, String from, String to, double fromPrice, double toPrice) {

        /** How much cheaper the better stone is, in dollars (positive). */
        public double drop() {
            return fromPrice - toPrice;
        }

        /** The drop as a share of the worse stone's price. */
        public double relativeDrop() {
            return drop() / fromPrice;
        }
    }

    /**
     * The result of one grid.
     *
     * @param name         what was checked
     * @param checks       comparisons made
     * @param violations   comparisons where the better stone was cheaper
     * @param refused      comparisons not made because the price function refused a stone
     * @param refusedFrom  the lightest stone refused, in carats; NaN when none was
     * @param worst        the largest violations in dollars, at most {@link #WORST}, largest first
     */
    public record Grid(String name, int checks, int violations, int refused, double refusedFrom,
                       List<Violation> worst) {
        public Grid {
            worst = List.copyOf(worst);
        }
    }

    /**
     * Every grid of one audit.
     *
     * @param upTo where the beyond-the-data curves were asked to end, in carats
     */
    public record Report(Grid weightCurve, Grid cutSteps, Grid colourSteps, Grid claritySteps, Grid beyondData,
                         double upTo) {

        /** The three grade grids together. */
        public Grid gradeSteps() {
            return combine("grade steps", List.of(cutSteps, colourSteps, claritySteps));
        }

        public List<Grid> grids() {
            return List.of(weightCurve, cutSteps, colourSteps, claritySteps, beyondData);
        }

        public int checks() {
            return grids().stream().mapToInt(Grid::checks).sum();
        }

        public int violations() {
            return grids().stream().mapToInt(Grid::violations).sum();
        }

        /** True when no grid found a violation. */
        public boolean monotone() {
            return violations() == 0;
        }

        /** The largest violations of every grid, largest first. */
        public List<Violation> worst(int n) {
            return grids().stream().flatMap(g -> g.worst().stream()).sorted(LARGEST_FIRST).limit(n).toList();
        }
    }

    private static final Comparator<Violation> LARGEST_FIRST = Comparator.comparingDouble(Violation::drop).reversed();

    /** Every grid, the beyond-the-data curves up to {@code upTo} carats (at least 3.00). */
    public Report run(double upTo) {
        return new Report(weightCurve(), gradeSteps(Characteristic.CUT), gradeSteps(Characteristic.COLOUR),
                gradeSteps(Characteristic.CLARITY), beyondData(upTo), upTo);
    }

    /** The 27 curves from 0.20 to 3.00 ct. */
    public Grid weightCurve() {
        return curves(String.format(Locale.ROOT, "weight %s–%s ct", carats(CURVE_FROM), carats(CURVE_TO)),
                "weight", CURVE_FROM, CURVE_TO);
    }

    /** The 27 curves from 3.00 ct to {@code upTo}, rounded to the hundredth. */
    public Grid beyondData(double upTo) {
        int to = (int) Math.round(upTo * 100);
        if (!(to >= CURVE_TO)) {
            throw new IllegalArgumentException("the beyond-the-data curves start at " + carats(CURVE_TO)
                    + " ct; their end must not be lighter, got " + upTo);
        }
        return curves(String.format(Locale.ROOT, "beyond the data %s–%s ct", carats(CURVE_TO), carats(to)),
                "beyond", CURVE_TO, to);
    }

    private Grid curves(String name, String check, int from, int to) {
        Tally tally = new Tally(name);
        for (Cut cut : CURVE_CUTS) {
            for (Color color : CURVE_COLORS) {
                for (Clarity clarity : CURVE_CLARITIES) {
                    String label = cut.label() + " " + color.label() + " " + clarity.label();
                    double previous = priceOf(tally, from, cut, color, clarity);
                    for (int w = from; w < to; w++) {
                        double next = Double.isNaN(previous) ? Double.NaN : priceOf(tally, w + 1, cut, color, clarity);
                        if (Double.isNaN(next)) {
                            tally.refused += to - w; // the curve stops here
                            break;
                        }
                        tally.compare(label, carats(w) + " ct", carats(w + 1) + " ct", check, previous, next);
                        previous = next;
                    }
                }
            }
        }
        return tally.grid();
    }

    /** The characteristics a grade step improves. */
    enum Characteristic {
        CUT("cut", Cut.values()), COLOUR("colour", Color.values()), CLARITY("clarity", Clarity.values());

        final String label;
        final Grade[] grades;

        Characteristic(String label, Grade[] grades) {
            this.label = label;
            this.grades = grades;
        }
    }

    /** One-grade improvements of one characteristic, every other grade and the nine weights fixed. */
    Grid gradeSteps(Characteristic c) {
        Tally tally = new Tally("grade steps: " + c.label);
        for (int w : GRADE_WEIGHTS) {
            for (Cut cut : Cut.values()) {
                for (Color color : Color.values()) {
                    for (Clarity clarity : Clarity.values()) {
                        Grade grade = switch (c) {
                            case CUT -> cut;
                            case COLOUR -> color;
                            case CLARITY -> clarity;
                        };
                        if (grade.ordinal() == c.grades.length - 1) {
                            continue; // the best grade: nothing better to compare with
                        }
                        Cut betterCut = c == Characteristic.CUT ? Cut.values()[cut.ordinal() + 1] : cut;
                        Color betterColor = c == Characteristic.COLOUR ? Color.values()[color.ordinal() + 1] : color;
                        Clarity betterClarity = c == Characteristic.CLARITY
                                ? Clarity.values()[clarity.ordinal() + 1] : clarity;
                        double worse = priceOf(tally, w, cut, color, clarity);
                        double better = Double.isNaN(worse) ? Double.NaN
                                : priceOf(tally, w, betterCut, betterColor, betterClarity);
                        if (Double.isNaN(better)) {
                            tally.refused++;
                            continue;
                        }
                        String stone = carats(w) + " ct " + cut.label() + " " + color.label() + " " + clarity.label();
                        Grade to = c.grades[grade.ordinal() + 1];
                        tally.compare(stone, grade.label(), to.label(), c.label, worse, better);
                    }
                }
            }
        }
        return tally.grid();
    }

    /** The price of a grid stone, or NaN when the price function refuses it (noted in the tally); NaN means refused only. */
    private double priceOf(Tally tally, int hundredths, Cut cut, Color color, Clarity clarity) {
        Diamond stone = stone(hundredths / 100.0, cut, color, clarity);
        try {
            double p = price.applyAsDouble(stone);
            if (!Double.isFinite(p)) {
                throw new IllegalStateException("the price function gave " + p + " for " + stone);
            }
            return p;
        } catch (OutsideModelException e) {
            tally.refusedFrom = Double.isNaN(tally.refusedFrom) ? hundredths / 100.0
                    : Math.min(tally.refusedFrom, hundredths / 100.0);
            return Double.NaN;
        }
    }

    /** A grid stone: depth 61.8 %, table 57 %, a 1.01 ct round of 6.43 × 6.47 × 3.98 mm scaled to the weight. */
    public static Diamond stone(double carat, Cut cut, Color color, Clarity clarity) {
        double scale = Math.cbrt(carat / REFERENCE_CARAT);
        return new Diamond(carat, cut, color, clarity, DEPTH, TABLE,
                scale * REFERENCE_SIZE[0], scale * REFERENCE_SIZE[1], scale * REFERENCE_SIZE[2]);
    }

    private static String carats(int hundredths) {
        return String.format(Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
    }

    private static Grid combine(String name, List<Grid> grids) {
        double refusedFrom = grids.stream().mapToDouble(Grid::refusedFrom).filter(d -> !Double.isNaN(d)).min()
                .orElse(Double.NaN);
        return new Grid(name, grids.stream().mapToInt(Grid::checks).sum(),
                grids.stream().mapToInt(Grid::violations).sum(), grids.stream().mapToInt(Grid::refused).sum(),
                refusedFrom, grids.stream().flatMap(g -> g.worst().stream()).sorted(LARGEST_FIRST).limit(WORST).toList());
    }

    /** Counts of one grid while it runs. */
    private static final class Tally {
        final String name;
        int checks;
        int refused;
        double refusedFrom = Double.NaN;
        final List<Violation> violations = new ArrayList<>();

        Tally(String name) {
            this.name = name;
        }

        void compare(String stone, String from, String to, String check, double worsePrice, double betterPrice) {
            checks++;
            if (betterPrice < worsePrice) {
                violations.add(new Violation(check, stone, from, to, worsePrice, betterPrice));
            }
        }

        Grid grid() {
            return new Grid(name, checks, violations.size(), refused, refusedFrom,
                    violations.stream().sorted(LARGEST_FIRST).limit(WORST).toList());
        }
    }
}
