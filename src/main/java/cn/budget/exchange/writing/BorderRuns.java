package cn.budget.exchange.writing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSNumber;

/**
 * One page's content rewritten with its table borders as few rectangles. openhtmltopdf
 * fills every side of every cell as its own quadrilateral ({@code x y m … l … l … l h f}:
 * about 450 a page of budget tables, three quarters of the page's bytes). A run of such
 * fills with nothing between them (so one colour) becomes one path of rectangles
 * ({@code re}) filled once, where pieces on the same line that touch are joined into one:
 * the same lines, a tenth of the operations. Only axis-aligned rectangles and thin pieces
 * whose long sides are axis-aligned (a border side with mitred ends, drawn as its
 * bounding box: a difference of at most the border's width at a corner, where the
 * crossing border covers it) are taken; everything else is written as it was.
 */
final class BorderRuns {

	/** The widest piece that counts as a border line (points). */
	private static final float THIN = 1.5f;

	/** Pieces closer than this on one line are joined (points). */
	private static final float TOUCH = 0.01f;

	private static final List<String> QUAD = List.of("m", "l", "l", "l", "h", "f");

	private BorderRuns() {
	}

	/**
	 * The page's tokens ({@code PDFStreamParser}) with its runs of border pieces redrawn;
	 * unchanged when the page sets a graphics state (transparency would tell overlapping
	 * rectangles from the pieces they replace).
	 */
	static List<Object> rewrite(List<Object> tokens) {
		List<Op> ops = Op.of(tokens);
		if (ops.stream().anyMatch(op -> op.named("gs"))) {
			return tokens;
		}
		List<Object> out = new ArrayList<>(tokens.size() / 3);
		List<Box> run = new ArrayList<>();
		for (int i = 0; i < ops.size(); i++) {
			Box box = boxAt(ops, i);
			if (box != null) {
				run.add(box);
				i += QUAD.size() - 1;
			}
			else {
				flush(run, out);
				ops.get(i).writeTo(out);
			}
		}
		flush(run, out);
		return out;
	}

	private static Box boxAt(List<Op> ops, int start) {
		if (start + QUAD.size() > ops.size()) {
			return null;
		}
		float[] points = new float[8];
		for (int k = 0; k < QUAD.size(); k++) {
			Op op = ops.get(start + k);
			if (!op.named(QUAD.get(k)) || !op.numbers(k < 4 ? 2 : 0)) {
				return null;
			}
			for (int c = 0; k < 4 && c < 2; c++) {
				points[2 * k + c] = ((COSNumber) op.operands().get(c)).floatValue();
			}
		}
		return Box.around(points, THIN);
	}

	private static void flush(List<Box> run, List<Object> out) {
		if (run.isEmpty()) {
			return;
		}
		List<Box> joined = new ArrayList<>(
				join(run, Box::horizontal, Comparator.comparing(Box::y0).thenComparing(Box::y1)));
		joined.addAll(join(run, b -> !b.horizontal(), Comparator.comparing(Box::x0).thenComparing(Box::x1)));
		for (Box box : joined) {
			for (float value : new float[] { box.x0(), box.y0(), box.x1() - box.x0(), box.y1() - box.y0() }) {
				out.add(new COSFloat(Math.round(value * 1000) / 1000f));
			}
			out.add(Operator.getOperator("re"));
		}
		out.add(Operator.getOperator("f"));
		run.clear();
	}

	/**
	 * The boxes the filter takes, sorted by their line (the order given) and then along
	 * it, those on the same line that touch or overlap joined.
	 */
	private static List<Box> join(List<Box> run, Predicate<Box> which, Comparator<Box> line) {
		List<Box> sorted = run.stream().filter(which).sorted(line.thenComparing(Box::along)).toList();
		List<Box> joined = new ArrayList<>();
		for (Box box : sorted) {
			Box last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && line.compare(last, box) == 0 && last.reaches(box, TOUCH)) {
				joined.set(joined.size() - 1, last.joinedWith(box));
			}
			else {
				joined.add(box);
			}
		}
		return joined;
	}

	/** An operator with its operands; a trailing operator-less remainder has none. */
	private record Op(List<COSBase> operands, Operator operator) {

		static List<Op> of(List<Object> tokens) {
			List<Op> ops = new ArrayList<>(tokens.size() / 2);
			List<COSBase> operands = new ArrayList<>();
			for (Object token : tokens) {
				if (token instanceof Operator operator) {
					ops.add(new Op(operands, operator));
					operands = new ArrayList<>();
				}
				else {
					operands.add((COSBase) token);
				}
			}
			if (!operands.isEmpty()) {
				ops.add(new Op(operands, null));
			}
			return ops;
		}

		boolean named(String name) {
			return operator != null && operator.getName().equals(name);
		}

		boolean numbers(int count) {
			return operands.size() == count && operands.stream().allMatch(COSNumber.class::isInstance);
		}

		void writeTo(List<Object> out) {
			out.addAll(operands);
			if (operator != null) {
				out.add(operator);
			}
		}

	}

}
