"""The quiz as JSON text: deterministic, keys in quiz_to_dict's documented order."""
from __future__ import annotations

import json
from typing import Any


def render_json(data: dict[str, Any]) -> str:
    """The quiz JSON dict as UTF-8-ready text, two-space indented, ending in a newline."""
    # No sort_keys: quiz_to_dict's key order is the order docs/schema.md documents.
    # allow_nan=False: NaN/Infinity are not JSON, so fail rather than emit them.
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
