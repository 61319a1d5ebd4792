"""Reading a course package folder: course.json checked against the JSON Schema, then the domain's
own checks, then the files it names. Every refusal names the file, the place and the fault."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from companion.domain import untrusted
from companion.domain.bundle import MAX_COURSE_BYTES
from companion.domain.course import Course, course_from_manifest
from companion.domain.errors import CourseError
from companion.paths import resources_dir

MANIFEST = "course.json"
SCHEMA = "course.schema.json"


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    schema = json.loads((resources_dir() / "schema" / SCHEMA).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def json_path(parts) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the top level"


def validate_manifest(data: object, source: str) -> None:
    """Raise CourseError for the first (most relevant) schema violation."""
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(data))
    if error is None:
        return
    where = json_path(error.absolute_path)
    if error.validator == "required":
        missing = [m for m in error.validator_value if isinstance(error.instance, dict) and m not in error.instance]
        message = f"the field '{missing[0]}' is missing" if missing else error.message
    elif error.validator == "additionalProperties":
        message = f"unexpected field: {error.message}"
    elif error.validator in ("enum", "const"):
        allowed = error.validator_value if error.validator == "enum" else [error.validator_value]
        message = f"{json.dumps(error.instance)} is not one of {', '.join(map(json.dumps, allowed))}"
    elif error.validator == "maxLength":
        message = f"is longer than {error.validator_value} characters"
    elif error.validator == "maxItems":
        message = f"holds more than {error.validator_value} items"
    elif error.validator == "pattern":
        message = f"{json.dumps(error.instance)} is not in the expected form"
    else:
        message = error.message
    raise CourseError(message, file=source, where=where)


def parse_manifest(data: dict, source: str = MANIFEST) -> Course:
    validate_manifest(data, source)
    return course_from_manifest(data, source)


@dataclass(frozen=True)
class Package:
    folder: Path
    manifest: dict
    course: Course


_JSON_FAULTS = {untrusted.NOT_UTF8: "is not UTF-8 text", untrusted.TOO_DEEP: "is nested too deep",
                untrusted.HUGE_NUMBER: "holds a number too long to be one", untrusted.TOO_LARGE: "is too large",
                untrusted.NOT_JSON: "is not valid JSON"}


def json_fault(exc: untrusted.Untrusted) -> str:
    """What is wrong with a JSON file from outside, as the detail of a refusal (no bare code)."""
    return _JSON_FAULTS.get(exc.code, "is not valid JSON") + (f" ({exc.detail})" if exc.detail else "")


def read_manifest_file(path: Path) -> dict:
    source = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CourseError(f"there is no {MANIFEST} in the package folder", file=str(path.parent)) from None
    except OSError as exc:
        raise CourseError(f"cannot be read: {exc.strerror}", file=source) from None
    try:
        data = untrusted.loads_bounded(raw, max_bytes=MAX_COURSE_BYTES)
    except untrusted.Untrusted as exc:
        raise CourseError(json_fault(exc), file=source) from None
    if not isinstance(data, dict):
        raise CourseError("must hold a JSON object", file=source)
    return data


def load_package(folder: Path, *, verify_files: bool = True) -> Package:
    """Load and check a course package folder (``course.json`` plus its material files)."""
    folder = Path(folder)
    if not folder.is_dir():
        if folder.is_file() and folder.name == MANIFEST:
            folder = folder.parent
        else:
            raise CourseError("is not a course package folder", file=str(folder))
    manifest_path = folder / MANIFEST
    data = read_manifest_file(manifest_path)
    course = parse_manifest(data, str(manifest_path))
    if verify_files:
        root = folder.resolve()
        for li, lecture in enumerate(course.lectures):
            for mi, material in enumerate(lecture.materials):
                for ai, asset in enumerate(material.assets):
                    where = f"lectures[{li}].materials[{mi}].assets[{ai}].path"
                    target = (folder / asset.path).resolve()
                    if root not in target.parents:
                        raise CourseError(f"the file path '{asset.path}' leaves the package folder",
                                          file=str(manifest_path), where=where)
                    if not target.is_file():
                        raise CourseError(f"the file '{asset.path}' is missing", file=str(manifest_path), where=where)
                    if asset.sha256 and _sha256(target) != asset.sha256:
                        raise CourseError(f"the file '{asset.path}' does not match its sha256",
                                          file=str(manifest_path), where=where)
        for li, lecture in enumerate(course.lectures):
            for mi, material in enumerate(lecture.materials):
                for vi, variant in enumerate(material.variants):
                    if not variant.path:
                        continue
                    where = f"lectures[{li}].materials[{mi}].variants[{vi}].path"
                    target = (folder / variant.path).resolve()
                    if root not in target.parents:
                        raise CourseError(f"the material path '{variant.path}' leaves the package folder",
                                          file=str(manifest_path), where=where)
                    if not target.is_file():
                        raise CourseError(f"the material file '{variant.path}' is missing",
                                          file=str(manifest_path), where=where)
                    if variant.sha256 and _sha256(target) != variant.sha256:
                        raise CourseError(f"the material file '{variant.path}' does not match its sha256",
                                          file=str(manifest_path), where=where)
        for qi, quiz in enumerate(course.quizzes):
            for ni, question in enumerate(quiz.questions):
                for ii, image in enumerate(question.images):
                    where = f"quizzes[{qi}].questions[{ni}].images[{ii}].path"
                    target = (folder / image.path).resolve()
                    if root not in target.parents or not target.is_file():
                        raise CourseError(f"the question image '{image.path}' is missing",
                                          file=str(manifest_path), where=where)
    return Package(folder, data, course)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
