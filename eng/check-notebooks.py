"""Checks executed notebooks against the committed ones (run by eng/run-notebooks.sh with Debian's Python).

usage: check-notebooks.py --version V --root REPOSITORY [--update] EXECUTED_DIR NOTEBOOK...

For each notebook: it references the packages at exactly version V from the local feed; no cell has an error output;
every code cell not tagged "setup" shows an HTML table or a Vega-Lite chart; no output (one MIME type of one output) is
larger than 50 KiB; and the text outputs (streams and text/plain) of every cell equal the committed ones, so committed
outputs cannot go stale. With --update the executed notebook replaces the committed one (after the other checks pass),
with the repository's absolute path in outputs (the kernel lists the feed it restores from) written as <repository>.
"""

import argparse
import json
import os
import re
import sys

LIMIT = 50 * 1024
VEGA_LITE = "application/vnd.vegalite.v5+json"
FEED = '"artifacts", "notebook-feed"'


def text_of(value):
    return "".join(value) if isinstance(value, list) else value


def size_of(value):
    text = value if isinstance(value, str) else json.dumps(value) if isinstance(value, dict) else text_of(value)
    return len(text.encode("utf-8"))


def normal(text):
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip("\n")


def text_outputs(cell):
    """The text a reader sees in a cell, output by output: stream text and text/plain."""
    texts = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            texts.append(output["name"] + ": " + normal(text_of(output["text"])))
        elif "data" in output and "text/plain" in output["data"]:
            texts.append(normal(text_of(output["data"]["text/plain"])))
    return texts


def shows_result(cell):
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if VEGA_LITE in data or "<table" in text_of(data.get("text/html", "")):
            return True
    return False


def check(committed_path, executed_path, version, root, update):
    problems = []
    with open(committed_path, encoding="utf-8") as f:
        committed = json.load(f)
    with open(executed_path, encoding="utf-8") as f:
        executed = json.load(f)

    sources = ["".join(text_of(c["source"])) for c in committed["cells"] if c["cell_type"] == "code"]
    setup = "\n".join(sources)
    if FEED not in setup:
        problems.append(f"does not load the local feed artifacts/notebook-feed (#i \"nuget: <absolute path>\")")
    references = re.findall(r'#r\s+"nuget:\s*(CxCore(?:\.\w+)?)\s*,\s*([^"]+)"', setup)
    if not any(name == "CxCore" for name, _ in references):
        problems.append('no #r "nuget: CxCore, <version>"')
    for name, referenced in references:
        if referenced.strip() != version:
            problems.append(f"references {name} {referenced.strip()}, but this checkout packs {version}")

    code_committed = [c for c in committed["cells"] if c["cell_type"] == "code"]
    code_executed = [c for c in executed["cells"] if c["cell_type"] == "code"]
    if len(code_committed) != len(code_executed):
        problems.append(f"{len(code_committed)} code cells committed, {len(code_executed)} executed")

    for number, (old, new) in enumerate(zip(code_committed, code_executed), start=1):
        where = f"code cell {number}"
        for output in new.get("outputs", []):
            if output["output_type"] == "error":
                problems.append(f"{where}: {output.get('ename')}: {output.get('evalue')}")
            if output["output_type"] == "stream" and output["name"] == "stderr":
                problems.append(f"{where}: wrote to stderr: {normal(text_of(output['text']))[:300]}")
            for mime, value in output.get("data", {}).items():
                if size_of(value) > LIMIT:
                    problems.append(f"{where}: a {mime} output of {size_of(value)} bytes (limit {LIMIT})")
            if output["output_type"] == "stream" and size_of(output["text"]) > LIMIT:
                problems.append(f"{where}: a stream output of {size_of(output['text'])} bytes (limit {LIMIT})")
        if "setup" not in new.get("metadata", {}).get("tags", []) and not shows_result(new):
            problems.append(f"{where}: shows neither an HTML table nor a Vega-Lite chart (tag it \"setup\" if it only prepares)")
        if not update and text_outputs(old) != text_outputs(new):
            problems.append(f"{where}: text outputs differ from the committed notebook\n"
                            f"    committed: {json.dumps(text_outputs(old))[:600]}\n"
                            f"    executed:  {json.dumps(text_outputs(new))[:600]}")

    if not problems and update:
        for cell in executed["cells"]:
            cell.get("metadata", {}).pop("execution", None)  # timings change on every run
        text = json.dumps(executed, indent=1, ensure_ascii=False).replace(json.dumps(root)[1:-1], "<repository>")
        with open(committed_path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text + "\n")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--version", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("executed")
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    failed = False
    for path in args.notebooks:
        executed = os.path.join(args.executed, os.path.basename(path))
        problems = check(path, executed, args.version, args.root, args.update)
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        failed |= bool(problems)
        print(f"{path}: {'FAILED' if problems else 'updated' if args.update else 'ok'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
