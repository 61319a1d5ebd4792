"""One-off helper kept for new code: wrap user-visible string literals in the UI for translation.

    python tools/wrap_strings.py companion/ui/pages/lectures.py [...]   # rewrites in place
    python tools/wrap_strings.py --dry companion/ui/*.py                # lists what it would wrap

A literal (or f-string) passed straight to a text-taking Qt call (setText, QPushButton, label, ...)
becomes ``tr("...")``; an f-string becomes ``tr("... {0} ...").format(expr)`` so translators see
numbered placeholders. Strings built elsewhere are left for a person to wrap.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

SINKS = {"QPushButton", "QLabel", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "label",
         "page_title", "Card", "Column", "setText", "setToolTip", "setAccessibleName", "setAccessibleDescription",
         "setPlaceholderText", "setWindowTitle", "addRow", "showMessage", "setSpecialValueText", "setSuffix",
         "addItem", "addTab", "setPlainText", "QMessageBox", "setInformativeText", "addButton", "addMenu",
         "addAction", "setStatusTip", "setTitle", "question", "warning", "information", "critical", "setHtml",
         "QListWidgetItem", "setWhatsThis", "setLabelText", "getOpenFileName", "getExistingDirectory", "show_message",
         "Banner", "make_table", "setPrefix", "set_message", "say", "setToolTipText"}
IMPORT = "from companion.domain.i18n import translate"
SKIP_VALUES = {"", " · ", "·", "—", "…"}


def template(node: ast.JoinedStr, src: str) -> tuple[str, list[str]] | None:
    text, args = [], []
    for part in node.values:
        if isinstance(part, ast.Constant):
            text.append(part.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(part, ast.FormattedValue):
            spec = ""
            if part.conversion != -1:
                spec += "!" + chr(part.conversion)
            if part.format_spec is not None:
                if not all(isinstance(v, ast.Constant) for v in part.format_spec.values):
                    return None
                spec += ":" + "".join(v.value for v in part.format_spec.values)
            text.append("{" + str(len(args)) + spec + "}")
            args.append(ast.get_source_segment(src, part.value))
        else:
            return None
    return "".join(text), args


def add_import(source: str) -> str:
    """The import goes with the project's own imports (before the first ``from companion.`` or
    relative one), else after the module's last top-level import."""
    lines = source.split("\n")
    own = next((i for i, line in enumerate(lines) if line.startswith(("from companion.", "from ."))), None)
    if own is not None:
        lines.insert(own, IMPORT + ("\n" if lines[own].startswith("from .") else ""))
        return "\n".join(lines)
    module = ast.parse(source)
    last = max(n.end_lineno for n in module.body if isinstance(n, (ast.Import, ast.ImportFrom)))
    lines.insert(last, "\n" + IMPORT)
    return "\n".join(lines)


def wrap(path: Path, dry: bool) -> int:
    src = path.read_text(encoding="utf-8")
    tree = ast.parse(src)
    lines = src.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line.encode("utf-8")))
    edits = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in SINKS:
            continue
        args = list(node.args)
        while args:
            arg = args.pop()
            if isinstance(arg, ast.IfExp):  # "Resume" if paused else "Pause": each branch on its own
                args += [arg.body, arg.orelse]
                continue
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                if arg.value.strip() in SKIP_VALUES or not any(c.isalpha() for c in arg.value):
                    continue
                new = f"translate(\"ui\", {ast.get_source_segment(src, arg)})"
            elif isinstance(arg, ast.JoinedStr):
                made = template(arg, src)
                if made is None or not any(c.isalpha() for c in made[0].replace("{", "").split("}")[-1] + made[0]):
                    continue
                text, args = made
                literal = json.dumps(text, ensure_ascii=False)  # a valid Python string literal too
                new = f"translate(\"ui\", {literal}).format({', '.join(args)})" if args else f"translate(\"ui\", {literal})"
            else:
                continue
            start = offsets[arg.lineno - 1] + arg.col_offset
            end = offsets[arg.end_lineno - 1] + arg.end_col_offset
            edits.append((start, end, new))
    data = src.encode("utf-8")
    for start, end, new in sorted(edits, reverse=True):
        if dry:
            print(f"{path}: {data[start:end].decode()[:70]!s}  ->  {new[:90]}")
        data = data[:start] + new.encode("utf-8") + data[end:]
    if not dry and edits:
        out = data.decode("utf-8")
        if IMPORT not in out:
            out = add_import(out)
        path.write_text(out, encoding="utf-8")
    return len(edits)


def main() -> int:
    dry = "--dry" in sys.argv
    total = sum(wrap(Path(p), dry) for p in sys.argv[1:] if p != "--dry")
    print(f"{total} strings wrapped" + (" (dry run)" if dry else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
