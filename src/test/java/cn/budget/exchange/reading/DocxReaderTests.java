package cn.budget.exchange.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.util.unit.DataSize;

/**
 * Word documents written by Word (not by this product) read like their text dumps: a
 * heading spanning two columns counts once, the cells under a heading spanning two rows
 * are blank, an indented paragraph is indented.
 */
class DocxReaderTests {

	@Test
	void mergedAndIndentedCellsReadLikeATextDump() throws Exception {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("部门职责-工作活动绩效目标");
			XWPFTable table = document.createTable(3, 4);
			text(table.getRow(0).getCell(0), "职责活动");
			table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
			table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
			text(table.getRow(0).getCell(1), "评价标准");
			table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
			table.getRow(0).removeCell(2);
			text(table.getRow(1).getCell(1), "优");
			text(table.getRow(1).getCell(2), "良");
			text(table.getRow(2).getCell(0), "巡逻防控");
			table.getRow(2).getCell(0).getParagraphs().get(0).setIndentationLeft(840);
			document.write(out);
			docx = out.toByteArray();
		}
		SourceDocument source = DocxReader.read(new ByteArrayInputStream(docx));
		assertThat(source.blocks()).hasSize(2);
		List<Block.Row> rows = ((Block.Table) source.blocks().get(1)).rows();
		assertThat(rows.get(0).cells()).extracting(Block.Cell::text).containsExactly("职责活动", "评价标准", "");
		assertThat(rows.get(1).cells()).extracting(Block.Cell::text).containsExactly("", "优", "良", "");
		assertThat(Text.indentation(rows.get(2).cells().get(0).text())).isEqualTo(2);
	}

	@Test
	void textSavedByChineseWindowsInGb18030IsRead() {
		UploadReader reader = new UploadReader(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100), 0.01);
		byte[] gbk = "某县2024年部门预算信息公开\n一、部门职责及机构设置情况\n维护治安。\n".getBytes(Charset.forName("GB18030"));
		SourceDocument source = reader.read("dump.txt", gbk);
		assertThat(((Block.Paragraph) source.blocks().get(1)).text()).isEqualTo("一、部门职责及机构设置情况");
	}

	private static void text(XWPFTableCell cell, String text) {
		cell.getParagraphs().get(0).createRun().setText(text);
	}

}
