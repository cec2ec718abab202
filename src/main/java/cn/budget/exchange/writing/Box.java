package cn.budget.exchange.writing;

/**
 * An axis-aligned rectangle of a page (points), for {@link BorderRuns}: a piece of a
 * horizontal line when it is no taller than wide, else of a vertical one.
 */
record Box(float x0, float y0, float x1, float y1) {

	private static final float SAME = 0.001f;

	/**
	 * The rectangle a filled quadrilateral covers, or null when it is neither a rectangle
	 * nor a thin piece (at most {@code thin} across) whose long sides are axis-aligned.
	 * @param points x and y of its four corners
	 */
	static Box around(float[] points, float thin) {
		float x0 = Float.MAX_VALUE;
		float y0 = Float.MAX_VALUE;
		float x1 = -Float.MAX_VALUE;
		float y1 = -Float.MAX_VALUE;
		for (int i = 0; i < points.length; i += 2) {
			x0 = Math.min(x0, points[i]);
			x1 = Math.max(x1, points[i]);
			y0 = Math.min(y0, points[i + 1]);
			y1 = Math.max(y1, points[i + 1]);
		}
		boolean edgeX = onEdges(points, 0, x0, x1);
		boolean edgeY = onEdges(points, 1, y0, y1);
		boolean rectangle = edgeX && edgeY;
		boolean thinPiece = (edgeX && x1 - x0 <= thin) || (edgeY && y1 - y0 <= thin);
		return rectangle || thinPiece ? new Box(x0, y0, x1, y1) : null;
	}

	private static boolean onEdges(float[] points, int offset, float low, float high) {
		for (int i = offset; i < points.length; i += 2) {
			if (Math.abs(points[i] - low) > SAME && Math.abs(points[i] - high) > SAME) {
				return false;
			}
		}
		return true;
	}

	boolean horizontal() {
		return y1 - y0 <= x1 - x0;
	}

	/** Where it starts along its line. */
	float along() {
		return horizontal() ? x0 : y0;
	}

	/** Whether the next piece on the same line starts before this one ends. */
	boolean reaches(Box next, float touch) {
		return horizontal() ? next.x0 <= x1 + touch : next.y0 <= y1 + touch;
	}

	Box joinedWith(Box next) {
		return new Box(Math.min(x0, next.x0), Math.min(y0, next.y0), Math.max(x1, next.x1), Math.max(y1, next.y1));
	}

}
