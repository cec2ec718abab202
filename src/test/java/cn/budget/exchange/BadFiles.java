package cn.budget.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files an import must refuse: encrypted, XXE-carrying and zip-bomb Word documents, built
 * here.
 */
final class BadFiles {

	private BadFiles() {
	}

	/** A small valid Word document. */
	static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A Word document protected by an opening password (agile encryption, as Word writes
	 * it).
	 */
	static byte[] encrypted() throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream data = encryptor.getDataStream(fs)) {
				data.write(docx("一、部门职责"));
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	/** A Word document whose body declares an external entity reading a local file. */
	static byte[] withExternalEntity() throws IOException {
		return replacing("word/document.xml",
				xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
					.replace("一、部门职责", "&xxe;"));
	}

	/** A Word document whose body unpacks a thousand times larger than it is packed. */
	static byte[] zipBomb() throws IOException {
		return replacing("word/document.xml", xml -> xml.replace("一、部门职责", "一" + " ".repeat(8_000_000)));
	}

	private static byte[] replacing(String entry, java.util.function.UnaryOperator<String> change) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx("一、部门职责")));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (e.getName().equals(entry)) {
					content = change.apply(new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(e.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
