package cn.budget.identity.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.springframework.http.HttpStatus;

/**
 * Tells an XLSX from a CSV by its content (the name only breaks a tie) and reads the
 * sheets of one or more uploaded files, or refuses them with a reason: empty, an old
 * .xls, a PDF or anything else. POI's global zip-bomb limits (set by the exchange
 * feature's reader) apply to the XLSX.
 */
final class OrganisationFile {

	/** An uploaded file: its name as the browser sent it, and its bytes. */
	record Upload(String filename, byte[] content) {
	}

	private OrganisationFile() {
	}

	static List<SheetTable> read(List<Upload> uploads) {
		List<SheetTable> tables = new ArrayList<>();
		for (Upload upload : uploads) {
			for (SheetTable table : read(upload)) {
				if (tables.stream().anyMatch(t -> t.sheet() == table.sheet())) {
					throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "orgImport.sheetTwice",
							table.sheet().label());
				}
				tables.add(table);
			}
		}
		if (tables.isEmpty()) {
			throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "orgImport.noSheet");
		}
		return tables;
	}

	private static List<SheetTable> read(Upload upload) {
		byte[] content = upload.content();
		if (content == null || content.length == 0) {
			throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "orgImport.empty");
		}
		FileMagic magic = magic(content);
		if (magic == FileMagic.OOXML) {
			return XlsxSheets.read(content);
		}
		if (magic == FileMagic.UNKNOWN && !binaryByName(upload.filename())) {
			return List.of(CsvSheet.read(content));
		}
		throw new ImportRefusedException(HttpStatus.BAD_REQUEST,
				magic == FileMagic.OLE2 ? "orgImport.oldExcel" : "orgImport.notSpreadsheet");
	}

	private static boolean binaryByName(String filename) {
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		return name.endsWith(".xls") || name.endsWith(".pdf") || name.endsWith(".doc") || name.endsWith(".zip");
	}

	private static FileMagic magic(byte[] content) {
		try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
			return FileMagic.valueOf(in);
		}
		catch (IOException ex) {
			return FileMagic.UNKNOWN;
		}
	}

}
