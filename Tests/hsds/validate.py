#!/usr/bin/env python3
"""Validate Wieg's HSDS 3.0 output against the official Open Referral schemas.

Usage:
  validate.py FILE...                 validate JSON files; the kind comes from the file name
                                      (root, service, services, organization, organizations,
                                      taxonomy, taxonomies, taxonomy_term, taxonomy_terms,
                                      dataset; a suffix like services_empty.json is allowed)
  validate.py --kind service FILE     force the kind
  validate.py http://host/api/v1/hsds validate a live API: the root, /services (and up to
                                      --max-items full services), /organizations (and full
                                      organizations), /taxonomies and /taxonomy_terms

Options:
  --schemas DIR    the official schema folder (default: $HSDS_SCHEMA_DIR or
                   /work/shared/standards/hsds-3.0/schema)
  --allow-extra    allow properties the schema does not define (default: reported)

Besides the schemas (with format checks: uuid, uri, email, date, date-time) it checks
that page fields are present and consistent. Exit status 1 when anything is wrong.

Needs: pip install jsonschema referencing rfc3339-validator rfc3987
"""
import argparse
import copy
import json
import os
import sys
import urllib.request
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012
except ImportError:
    sys.exit("Install the dependencies first: pip install jsonschema referencing rfc3339-validator rfc3987")

BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
PAGE_KEYS = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"]
FORMATS = {"date": "date", "datetime": "date-time"}
# JSON Schema's `time` format demands a UTC offset; HSDS times ("10:00:00") have none.
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?$"


def tighten(schema, strict):
    """Adds `format` for datapackage date types and, when strict, forbids unknown properties."""
    if isinstance(schema, dict):
        if "datapackage_type" in schema and "format" not in schema and schema["datapackage_type"] in FORMATS:
            schema["format"] = FORMATS[schema["datapackage_type"]]
        if schema.get("datapackage_type") == "time" and "pattern" not in schema:
            schema["pattern"] = TIME_PATTERN
        if strict and isinstance(schema.get("properties"), dict) and "additionalProperties" not in schema:
            schema["additionalProperties"] = False
        for value in schema.values():
            tighten(value, strict)
    elif isinstance(schema, list):
        for value in schema:
            tighten(value, strict)
    return schema


class Schemas:
    def __init__(self, folder, strict):
        self.folder = Path(folder)
        resources = []
        for path in sorted(self.folder.glob("*.json")) + sorted(self.folder.glob("compiled/*.json")):
            relative = path.relative_to(self.folder).as_posix()
            contents = json.loads(path.read_text(encoding="utf-8"))
            if relative != "openapi.json":
                contents = tighten(contents, strict)
            resources.append((BASE + relative, Resource.from_contents(contents, default_specification=DRAFT202012)))
        self.registry = Registry().with_resources(resources)
        self.openapi = json.loads((self.folder / "openapi.json").read_text(encoding="utf-8"))
        self.strict = strict

    def ref(self, relative):
        return {"$ref": BASE + relative}

    def page(self, item):
        page = copy.deepcopy(self.openapi["components"]["schemas"]["Page"])
        page["properties"]["contents"] = {"type": "array", "items": item}
        page["required"] = PAGE_KEYS + ["contents"]
        if self.strict:
            page["additionalProperties"] = False
        return page

    def root(self):
        schema = copy.deepcopy(self.openapi["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"])
        schema["required"] = ["version", "profile", "openapi_url"]
        schema["properties"]["version"]["const"] = "3.0"
        if self.strict:
            schema["additionalProperties"] = False
        return schema

    def for_kind(self, kind):
        return {
            "root": self.root,
            "service": lambda: self.ref("compiled/service.json"),
            "services": lambda: self.page(self.ref("compiled/service_list.json")),
            "organization": lambda: self.ref("compiled/organization.json"),
            "organizations": lambda: self.page(self.ref("compiled/organization_list.json")),
            "taxonomy": lambda: self.ref("taxonomy.json"),
            "taxonomies": lambda: self.page(self.ref("taxonomy.json")),
            "taxonomy_term": lambda: self.ref("taxonomy_term.json"),
            "taxonomy_terms": lambda: self.page(self.ref("taxonomy_term.json")),
            "dataset": lambda: {"type": "array", "minItems": 1, "items": self.ref("compiled/service.json")},
        }[kind]()

    def errors(self, kind, document):
        validator = Draft202012Validator(self.for_kind(kind), registry=self.registry,
                                         format_checker=Draft202012Validator.FORMAT_CHECKER)
        found = [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
                 for e in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))]
        if kind in ("services", "organizations", "taxonomies", "taxonomy_terms") and isinstance(document, dict):
            found += page_consistency(document)
        return found


def page_consistency(page):
    """The page fields must agree with each other and with `contents` (missing or
    mistyped fields are left to the schema)."""
    def number(key):
        value = page.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    contents = page.get("contents")
    n = len(contents) if isinstance(contents, list) else None
    size, total, pages, current = number("size"), number("total_items"), number("total_pages"), number("page_number")
    empty, first, last = page.get("empty"), page.get("first_page"), page.get("last_page")
    problems = []
    if n is not None and size is not None and size != n:
        problems.append(f"size is {size} but contents has {n} items")
    if n is not None and isinstance(empty, bool) and empty != (n == 0):
        problems.append(f"empty is {json.dumps(empty)} but contents has {n} items")
    if current is not None and isinstance(first, bool) and first != (current == 1):
        problems.append(f"first_page is {json.dumps(first)} on page {current}")
    if current is not None and pages is not None and isinstance(last, bool) and last != (current >= pages):
        problems.append(f"last_page is {json.dumps(last)} on page {current} of {pages}")
    if n is not None and total is not None and n > total:
        problems.append(f"contents has {n} items but total_items is {total}")
    return problems


def kind_of(path):
    stem = Path(path).stem
    kinds = ["taxonomy_terms", "taxonomy_term", "taxonomies", "taxonomy", "organizations", "organization",
             "services", "service", "dataset", "root"]
    for kind in kinds:
        if stem == kind or stem.startswith(kind + "_") or stem.startswith(kind + "-"):
            return kind
    return None


def fetch(url):
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read().decode("utf-8"))


def live_documents(base, max_items):
    base = base.rstrip("/")
    yield base, "root", fetch(base)
    for list_kind, item_kind, path in [("services", "service", "services"), ("organizations", "organization", "organizations")]:
        page = fetch(f"{base}/{path}")
        yield f"{base}/{path}", list_kind, page
        for item in (page.get("contents") or [])[:max_items] if isinstance(page, dict) else []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                url = f"{base}/{path}/{item['id']}"
                yield url, item_kind, fetch(url)
    for path in ["taxonomies", "taxonomy_terms"]:
        yield f"{base}/{path}", path, fetch(f"{base}/{path}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("targets", nargs="+", help="JSON files, or one base URL of an HSDS API")
    parser.add_argument("--kind", help="the kind of every file (default: from the file name)")
    parser.add_argument("--schemas", default=os.environ.get("HSDS_SCHEMA_DIR", "/work/shared/standards/hsds-3.0/schema"))
    parser.add_argument("--allow-extra", action="store_true", help="allow properties the schemas do not define")
    parser.add_argument("--max-items", type=int, default=5, help="live API: full items fetched per list (default 5)")
    args = parser.parse_args()
    schemas = Schemas(args.schemas, strict=not args.allow_extra)

    if len(args.targets) == 1 and args.targets[0].startswith(("http://", "https://")):
        documents = live_documents(args.targets[0], args.max_items)
    else:
        def from_files():
            for path in args.targets:
                kind = args.kind or kind_of(path)
                if kind is None:
                    yield path, None, None
                else:
                    yield path, kind, json.loads(Path(path).read_text(encoding="utf-8"))
        documents = from_files()

    total = 0
    try:
        for name, kind, document in documents:
            if kind is None:
                print(f"{name}: cannot tell the kind from the file name; use --kind")
                total += 1
                continue
            errors = schemas.errors(kind, document)
            total += len(errors)
            print(f"{name} ({kind}): " + ("OK" if not errors else f"{len(errors)} error(s)"))
            for error in errors:
                print(f"  {error}")
    except (OSError, ValueError) as error:
        print(f"error: {error}")
        return 2
    print(f"{total} error(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
