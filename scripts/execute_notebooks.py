"""Execute notebooks through the tslab kernel with Jupyter's own client (nbclient).

Called by scripts/notebooks.mjs; not meant to be run by hand. For each notebook it prints one JSON
line on stdout: {"notebook", "ok", "seconds", "executed", "html", "error": {"cell", "source", "text"}}.

tslab reports a failing cell only as stderr text with status "error", so nbclient's own
CellExecutionError has an empty message. We hook on_cell_error to capture the cell number,
its source and the kernel's stderr text, and we still write the partly executed notebook.
"""
import argparse
import copy
import html as htmllib
import json
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError


def cell_error_text(cell, reply):
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            parts.append(out.get("text", ""))
        elif out.get("output_type") == "error":
            parts.append(f"{out.get('ename', '')}: {out.get('evalue', '')}")
            parts.extend(out.get("traceback", []))
    content = (reply or {}).get("content", {})
    if content.get("ename") or content.get("evalue"):
        parts.append(f"{content.get('ename', '')}: {content.get('evalue', '')}")
    text = "\n".join(p.rstrip() for p in parts if p and p.strip())
    return text or "(the kernel reported an error but sent no error text)"


CHECKS_RE = re.compile(r'<div class="tightrope-checks" data-passed="(\d+)" data-failed="(\d+)">.*?</table></div>', re.S)
FAILED_ROW_RE = re.compile(r'<tr style="background:#fdecec"><td[^>]*>(.*?)</td>', re.S)


def output_html(cell):
    for out in cell.get("outputs", []):
        data = out.get("data") or {}
        if "text/html" in data:
            text = data["text/html"]
            yield "".join(text) if isinstance(text, list) else text


def find_checks(nb):
    """The checks blocks that showChecks displayed: counts, the failing rows' quantities, the HTML."""
    passed = failed = 0
    blocks, failing = [], []
    warnings = 0
    for cell in nb.cells:
        for text in output_html(cell):
            warnings += text.count('class="tightrope-warning"')
            for m in CHECKS_RE.finditer(text):
                passed += int(m.group(1))
                failed += int(m.group(2))
                blocks.append(m.group(0))
                for q in FAILED_ROW_RE.findall(m.group(0)):
                    failing.append(htmllib.unescape(re.sub(r"<[^>]+>", " ", q)).strip())
    return {"found": len(blocks), "passed": passed, "failed": failed, "failing": failing, "warnings": warnings}, blocks


def report_header(meta, checks, blocks):
    """A raw HTML cell for the top of a report: provenance, overridden parameters, the checks summary."""
    esc = htmllib.escape
    params = meta.get("params") or {}
    params_text = ", ".join(f"{esc(str(k))} = {esc(json.dumps(v))}" for k, v in params.items()) or "none (defaults)"
    lines = [
        '<div class="tightrope-report-header" style="border:1px solid #ccc;padding:8px 12px;margin:8px 0;background:#fafafa">',
        f"<p style=\"margin:2px 0\"><small>Executed {esc(meta.get('date', ''))} · tightrope {esc(meta.get('version', '?'))} · "
        f"commit {esc(meta.get('commit', 'unknown'))} · "
        + (f"kernel {esc(meta['kernel'])} · " if meta.get("kernel") else f"Node {esc(meta.get('node', '?'))} · ")
        + f"overridden parameters: {params_text}</small></p>",
    ]
    if checks["warnings"]:
        lines.append(f'<p style="color:#c00"><b>⚠ {checks["warnings"]} degenerate run warning(s) in this notebook: see the boxes below.</b></p>')
    if blocks:
        lines.append("<p style=\"margin:6px 0 2px\"><b>Summary of the checks at the end of this notebook</b></p>")
        lines.extend(blocks)
    else:
        lines.append('<p style="color:#c00"><b>This notebook displayed no checks table.</b></p>')
    lines.append("</div>")
    return nbformat.v4.new_raw_cell("\n".join(lines), metadata={"raw_mimetype": "text/html"})


def write_html(nb, page, exclude_input):
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=exclude_input, exclude_input_prompt=exclude_input,
                            exclude_output_prompt=exclude_input)
    body, _ = exporter.from_notebook_node(nb)
    tmp = f"{page}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(body)
    os.replace(tmp, page)


# Injected around every notebook (and removed before saving): the first cell records unhandled promise
# rejections and uncaught exceptions with a time stamp (tslab itself swallows them), the last prints them.
WATCH_SOURCE = """{
  const g = globalThis as any;
  g.__tightropeErrors = [];
  const record = (kind: string) => (e: any) => g.__tightropeErrors.push({ kind, at: Date.now(), text: String((e && e.stack) || e) });
  process.on("unhandledRejection", record("unhandled promise rejection"));
  process.on("uncaughtException", record("uncaught exception"));
}"""
REPORT_SOURCE = """await new Promise((r) => setTimeout(r, 50));
console.log("__TIGHTROPE_ERRORS__" + JSON.stringify((globalThis as any).__tightropeErrors ?? []));"""
ERRORS_MARK = "__TIGHTROPE_ERRORS__"


def stray_errors(cell):
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and ERRORS_MARK in out.get("text", ""):
            line = out["text"].split(ERRORS_MARK, 1)[1].splitlines()[0]
            return json.loads(line)
    return []


def run_one(path, out_dir, html, timeout, meta, kernel="tslab"):
    nb = nbformat.read(path, as_version=4)
    name = os.path.basename(path)
    failure = {}
    nb.cells.insert(0, nbformat.v4.new_code_cell(WATCH_SOURCE))
    nb.cells.append(nbformat.v4.new_code_cell(REPORT_SOURCE))
    started = {}  # cell index (in the original notebook, 1-based) -> wall time it started
    running = {}

    def on_cell_start(cell, cell_index):
        if 0 < cell_index < len(nb.cells) - 1:
            started[cell_index] = time.time()
            running.update(cell=cell_index, source=cell.source)

    def on_cell_error(cell, cell_index, execute_reply):
        failure.update(cell=cell_index, source=cell.source, text=cell_error_text(cell, execute_reply))

    client = NotebookClient(
        nb,
        kernel_name=kernel,
        timeout=timeout,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
        on_cell_start=on_cell_start,
        on_cell_error=on_cell_error,
    )
    start = time.time()
    result = {"notebook": name, "ok": True}
    try:
        client.execute()
    except CellTimeoutError as e:
        result["ok"] = False
        failure.setdefault("text", f"cell timed out after {timeout} s (raise --timeout if it needs longer): {e}")
    except DeadKernelError as e:
        result["ok"] = False
        failure.setdefault("text", f"the kernel died (out of memory, or process.exit in a cell?): {e}")
    except CellExecutionError:
        result["ok"] = False
    except Exception as e:  # kernel failed to start, bad notebook, ...
        result["ok"] = False
        failure.setdefault("text", f"{type(e).__name__}: {e}")
    result["seconds"] = round(time.time() - start, 2)
    errors = stray_errors(nb.cells[-1])
    nb.cells = nb.cells[1:-1]
    if result["ok"] and errors:
        # attribute each error to the last cell that had started before it happened
        first = errors[0]
        at = first["at"] / 1000
        cell = max((i for i, t in started.items() if t <= at), default=None)
        result["ok"] = False
        failure.update(text=f"{first['kind']} while this cell ran (the cells themselves returned normally; it may come from "
                       f"an un-awaited promise or a timer started in an earlier cell):\n{first['text']}" +
                       (f"\n(and {len(errors) - 1} more)" if len(errors) > 1 else ""))
        if cell is not None:
            failure.update(cell=cell, source=nb.cells[cell - 1].source)
    if failure and "cell" not in failure and running:
        # a timeout or a dead kernel does not reach on_cell_error: name the cell that was running
        failure.update(running)
    if failure:
        result["error"] = failure
    checks, blocks = find_checks(nb)
    result["checks"] = checks
    if out_dir:
        os.makedirs(out_dir, exist_ok=True)
        executed = os.path.join(out_dir, name)
        tmp = f"{executed}.tmp-{os.getpid()}"
        nbformat.write(nb, tmp)
        os.replace(tmp, executed)
        result["executed"] = executed
        if html:
            report = copy.deepcopy(nb)
            first_md = next((i for i, c in enumerate(report.cells) if c.cell_type == "markdown"), -1)
            report.cells.insert(first_md + 1, report_header(meta, checks, blocks))
            stem = os.path.join(out_dir, os.path.splitext(name)[0])
            write_html(report, stem + ".html", False)
            write_html(report, stem + ".writeup.html", True)
            result["html"] = stem + ".html"
            result["writeup"] = stem + ".writeup.html"
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("notebooks", nargs="+")
    ap.add_argument("--out-dir", default=None)
    ap.add_argument("--html", action="store_true")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--kernel", default="tslab", help="Jupyter kernel name: tslab (default) or deno")
    ap.add_argument("--meta", default="{}", help="JSON: commit, version, date, node, params (for the report header)")
    args = ap.parse_args()
    meta = json.loads(args.meta)
    for path in args.notebooks:
        print(json.dumps(run_one(path, args.out_dir, args.html, args.timeout, meta, args.kernel)), flush=True)


if __name__ == "__main__":
    sys.exit(main())
