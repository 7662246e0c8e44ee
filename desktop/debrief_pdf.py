"""The debrief report as files: a PDF written by Qt's own PDF writer from the report's HTML,
or the HTML itself."""

from html import unescape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.compensation_labels import ui_language
from training.debrief import Debrief
from training.debrief_html import debrief_html, file_name

# QTextDocument.print_ lays the text out on the printer itself, inside margins of 2 cm of its
# own, and numbers the pages in the bottom one; the writer's margins come on top of those.
EXTRA_MARGIN_MM = 1
RESOLUTION = 300  # dots per inch
SUFFIXES = ("pdf", "html")


def write_pdf(html: str, path: Path) -> None:
    """Write html (a complete document, as `training.debrief.debrief_html` makes) to path as
    an A4 PDF; Chinese text is drawn with whatever CJK font the system falls back to."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(EXTRA_MARGIN_MM, EXTRA_MARGIN_MM, EXTRA_MARGIN_MM, EXTRA_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(RESOLUTION)
    writer.setCreator("Frontline Desk")
    writer.setTitle(_title(html))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"the PDF could not be written to {path}")


def write_report(debrief: Debrief, suffix: str, path: Path) -> None:
    """The report in the interface's language as "pdf" or "html"; OSError when the file
    cannot be written."""
    html = debrief_html(debrief, ui_language())
    if suffix == "pdf":
        write_pdf(html, path)
    else:
        path.write_text(html, encoding="utf-8")


def ask_report_path(parent: QWidget, debrief: Debrief, suffix: str) -> Path | None:
    """The file the user chooses for the report ("pdf" or "html"), or None."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    translate = QCoreApplication.translate
    if suffix == "pdf":
        title = translate("DebriefExport", "Export the debrief as PDF")
        pattern = translate("DebriefExport", "PDF documents (*.pdf)")
    else:
        title = translate("DebriefExport", "Export the debrief as HTML")
        pattern = translate("DebriefExport", "Web pages (*.html)")
    suggested = str(Path(folder) / file_name(debrief, suffix))
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    if not chosen:
        return None
    path = Path(chosen)
    return (
        path if path.suffix.lower() in {".pdf", ".html", ".htm"} else path.with_suffix(f".{suffix}")
    )


def _title(html: str) -> str:
    start, end = html.find("<title>"), html.find("</title>")
    if start < 0 or end < start:
        return "Debrief"
    return unescape(html[start + len("<title>") : end])
