package cn.budget.exchange;

import cn.budget.exchange.writing.PdfFont;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of imports and exports ({@code app.exchange.*}).
 *
 * @param maxFileSize the largest file an import accepts
 * @param maxEntrySize the largest part of a {@code .docx} or {@code .xlsx} when unpacked
 * (zip bombs)
 * @param minInflateRatio the smallest compressed-to-unpacked ratio a part may have (zip
 * bombs)
 * @param pdfFont the font with Chinese glyphs embedded into PDFs: the bundled one
 * ({@code classpath:…}) or a TrueType file (.ttf or .ttc); CFF-based OpenType fonts such
 * as Noto CJK do not work with the PDF renderer
 */
@ConfigurationProperties("app.exchange")
record ExchangeProperties(DataSize maxFileSize, DataSize maxEntrySize, double minInflateRatio, String pdfFont) {

	ExchangeProperties {
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
		maxEntrySize = maxEntrySize == null ? DataSize.ofMegabytes(100) : maxEntrySize;
		minInflateRatio = minInflateRatio <= 0 ? 0.01 : minInflateRatio;
		pdfFont = pdfFont == null || pdfFont.isBlank() ? PdfFont.BUNDLED : pdfFont;
	}

}
