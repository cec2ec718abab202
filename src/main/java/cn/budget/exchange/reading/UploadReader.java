package cn.budget.exchange.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * Reads an uploaded file into blocks, or refuses it with a reason a person understands:
 * plain text (UTF-8, or GB18030 as Chinese Windows saves it) and {@code .docx}, told
 * apart by content as well as by name. Zip bombs are stopped by POI's
 * {@link ZipSecureFile} limits; POI's XML parsing refuses DOCTYPEs, so XXE payloads never
 * resolve.
 */
public class UploadReader {

	private static final List<Charset> TEXT_CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));

	private final DataSize maxFileSize;

	/**
	 * A reader with the limits of {@code app.exchange.*}.
	 * @param maxFileSize the largest file accepted
	 * @param maxEntrySize the largest part of a {@code .docx} or {@code .xlsx} when
	 * unpacked
	 * @param minInflateRatio the smallest compressed-to-unpacked ratio a part may have
	 */
	public UploadReader(DataSize maxFileSize, DataSize maxEntrySize, double minInflateRatio) {
		this.maxFileSize = maxFileSize;
		// POI keeps these limits globally; every import and export in this JVM goes
		// through here.
		ZipSecureFile.setMinInflateRatio(minInflateRatio);
		ZipSecureFile.setMaxEntrySize(maxEntrySize.toBytes());
	}

	public SourceDocument read(String filename, byte[] content) {
		checkSize(content);
		String extension = extension(filename);
		FileMagic magic = magic(content);
		SourceDocument source;
		if (magic == FileMagic.OOXML || extension.equals("docx")) {
			source = docx(content, magic);
		}
		else if (extension.equals("txt") || extension.isEmpty() && magic == FileMagic.UNKNOWN) {
			source = PlainTextReader.read(text(content));
		}
		else {
			throw new UploadRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import.rejected.type", filename);
		}
		if (source.blocks().isEmpty()) {
			throw new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "import.rejected.empty");
		}
		return source;
	}

	/** Refuses what is not an .xlsx within the limits, before a workbook is opened. */
	public void checkSpreadsheet(ImportFile file) {
		byte[] content = file.content();
		checkSize(content);
		FileMagic magic = magic(content);
		if (magic == FileMagic.OLE2) {
			throw new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY,
					isEncrypted(content) ? "import.rejected.encrypted" : "excel.oldFormat");
		}
		if (magic != FileMagic.OOXML) {
			throw new UploadRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "excel.type", file.filename());
		}
	}

	private void checkSize(byte[] content) {
		if (content == null || content.length == 0) {
			throw new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "import.rejected.empty");
		}
		if (content.length > maxFileSize.toBytes()) {
			throw new UploadRejectedException(HttpStatus.PAYLOAD_TOO_LARGE, "import.rejected.tooLarge",
					maxFileSize.toMegabytes());
		}
	}

	private static SourceDocument docx(byte[] content, FileMagic magic) {
		if (magic == FileMagic.OLE2) {
			throw new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY,
					isEncrypted(content) ? "import.rejected.encrypted" : "import.rejected.oldWord");
		}
		if (magic != FileMagic.OOXML) {
			throw new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "import.rejected.corrupt");
		}
		try (InputStream in = new ByteArrayInputStream(content)) {
			return DocxReader.read(in);
		}
		catch (IOException | RuntimeException ex) {
			throw new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, reason(ex));
		}
	}

	// POI says "Zip bomb detected" and XML parsers "DOCTYPE is disallowed" somewhere in
	// the causes.
	private static String reason(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("zip bomb") || message.contains("max entry size")
					|| message.contains("max file count")) {
				return "import.rejected.zipBomb";
			}
			if (message.contains("doctype") || message.contains("external entit")) {
				return "import.rejected.unsafe";
			}
		}
		return "import.rejected.corrupt";
	}

	private static boolean isEncrypted(byte[] content) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			return fs.getRoot().hasEntry("EncryptionInfo");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static String text(byte[] content) {
		for (Charset charset : TEXT_CHARSETS) {
			try {
				String text = charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
				if (text.indexOf('\0') >= 0) {
					break;
				}
				return text;
			}
			catch (CharacterCodingException ex) {
				// try the next encoding
			}
		}
		throw new UploadRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import.rejected.notText");
	}

	private static FileMagic magic(byte[] content) {
		try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
			return FileMagic.valueOf(in);
		}
		catch (IOException ex) {
			return FileMagic.UNKNOWN;
		}
	}

	private static String extension(String filename) {
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1);
	}

}
