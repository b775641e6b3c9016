"""Small real PDFs made for tests with reportlab (the test extra installs it)."""

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def write_pdf(path, pages: list[list[str]], encrypt: str | None = None, header: str | None = None):
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1)
    for number, lines in enumerate(pages, 1):
        y = A4[1] - 60
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(50, A4[1] - 30, header)
        c.setFont("Helvetica", 11)
        for line in lines:
            c.drawString(50, y, line)
            y -= 16
        c.setFont("Helvetica", 8)
        c.drawCentredString(A4[0] / 2, 30, f"Page {number}")
        c.showPage()
    c.save()
    return path


def write_image_only_pdf(path):
    """A 'scan': a page with a filled shape and no text layer."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    return path
