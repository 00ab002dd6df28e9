"""Execute notebooks through the tslab kernel with Jupyter's own client (nbclient).

Called by scripts/notebooks.mjs; not meant to be run by hand. For each notebook it prints one JSON
line on stdout: {"notebook", "ok", "seconds", "executed", "html", "error": {"cell", "source", "text"}}.

tslab reports a failing cell only as stderr text with status "error", so nbclient's own
CellExecutionError has an empty message. We hook on_cell_error to capture the cell number,
its source and the kernel's stderr text, and we still write the partly executed notebook.
"""
import argparse
import json
import os
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


def run_one(path, out_dir, html, timeout):
    nb = nbformat.read(path, as_version=4)
    name = os.path.basename(path)
    failure = {}

    def on_cell_error(cell, cell_index, execute_reply):
        failure.update(cell=cell_index + 1, source=cell.source, text=cell_error_text(cell, execute_reply))

    client = NotebookClient(
        nb,
        kernel_name="tslab",
        timeout=timeout,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
        on_cell_error=on_cell_error,
    )
    start = time.time()
    result = {"notebook": name, "ok": True}
    try:
        client.execute()
    except CellTimeoutError as e:
        result["ok"] = False
        failure.setdefault("text", f"cell timed out after {timeout} s: {e}")
    except DeadKernelError as e:
        result["ok"] = False
        failure.setdefault("text", f"the kernel died: {e}")
    except CellExecutionError:
        result["ok"] = False
    except Exception as e:  # kernel failed to start, bad notebook, ...
        result["ok"] = False
        failure.setdefault("text", f"{type(e).__name__}: {e}")
    result["seconds"] = round(time.time() - start, 2)
    if failure:
        if "cell" not in failure:
            # timeouts do not reach on_cell_error: the first cell without outputs after the last executed
            for i, cell in enumerate(nb.cells):
                if cell.cell_type == "code" and not cell.get("outputs"):
                    failure.update(cell=i + 1, source=cell.source)
                    break
        result["error"] = failure
    if out_dir:
        os.makedirs(out_dir, exist_ok=True)
        executed = os.path.join(out_dir, name)
        nbformat.write(nb, executed)
        result["executed"] = executed
        if html:
            from nbconvert import HTMLExporter

            exporter = HTMLExporter(template_name="lab")
            body, _ = exporter.from_notebook_node(nb)
            page = os.path.join(out_dir, os.path.splitext(name)[0] + ".html")
            with open(page, "w", encoding="utf-8") as f:
                f.write(body)
            result["html"] = page
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("notebooks", nargs="+")
    ap.add_argument("--out-dir", default=None)
    ap.add_argument("--html", action="store_true")
    ap.add_argument("--timeout", type=int, default=300)
    args = ap.parse_args()
    for path in args.notebooks:
        print(json.dumps(run_one(path, args.out_dir, args.html, args.timeout)), flush=True)


if __name__ == "__main__":
    sys.exit(main())
