"""Text safe to print to a terminal: what a paper, a file name or a visitor of the site wrote is
printed by the commands and by the server's log, and an escape sequence in it could retitle,
clear or rewrite the reader's terminal."""

# and the marks that reorder text where they stand ('\u202etxt.exe' shows as 'exe.txt'): a name
# or a line of a paper could show the reader other words than it holds
_BIDI = [0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_CONTROL = {c: "?" for c in [*range(0x20), 0x7f, *range(0x80, 0xa0), *_BIDI] if chr(c) not in "\n\t"}


def shown(text) -> str:
    """The text with each control character (and each mark that reorders text) as '?'."""
    return str(text).translate(_CONTROL)
