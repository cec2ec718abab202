package cn.budget.exchange.writing;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/** A parsed font of {@link PdfFont} and what holds its file open. */
record ParsedFont(TrueTypeFont font, Closeable source) {

	// Of a collection the first font: the proportional one in the WenQuanYi files.
	static ParsedFont firstOf(TrueTypeCollection collection) throws IOException {
		AtomicReference<TrueTypeFont> first = new AtomicReference<>();
		collection.processAllFonts(font -> first.compareAndSet(null, font));
		if (first.get() == null) {
			collection.close();
			throw new IOException("No font in the collection");
		}
		return new ParsedFont(first.get(), collection);
	}

	void close() {
		try {
			source.close();
		}
		catch (IOException ex) {
			// Nothing was written: an unclosed read of a font file is only a leaked
			// handle.
		}
	}

}
