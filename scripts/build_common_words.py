"""Write petrel/resources/common_words.txt: words that news prose writes in lower case.

The headline recaser (petrel.stages.parse.recase_headline) keeps a Title Case word capitalised only
when it belongs to a known name; a word that the 89 VOA stories (public domain, bench/data) write in
lower case at least twice is an ordinary word, even if some organisation's name contains it
("Response", "Border", "Deal").

Run:  .venv/bin/python scripts/build_common_words.py
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "bench" / "data" / "voa_stories.jsonl.gz"
OUTPUT = ROOT / "petrel" / "resources" / "common_words.txt"
MIN_COUNT = 2
# A lower-case word not at the start of a sentence (after a lower-case word or a comma).
LOWER_WORD = re.compile(r"(?<=[a-z,;] )([a-z][a-z'\-]*[a-z])\b")


def main() -> None:
    counts: Counter[str] = Counter()
    with gzip.open(STORIES, "rt", encoding="utf-8") as handle:
        for line in handle:
            counts.update(LOWER_WORD.findall(json.loads(line)["text"]))
    words = sorted(word for word, n in counts.items() if n >= MIN_COUNT)
    header = ("# Words that news prose writes in lower case (at least twice in the 89 Voice of America stories\n"
              "# in bench/data, public domain). Built by scripts/build_common_words.py; used by the headline\n"
              "# recaser. One word per line.\n")
    OUTPUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUTPUT}")


if __name__ == "__main__":
    main()
