"""Spaced review with 10,000 cards: the due count and the start of a session, beside references.

    python bench/review.py [--cards 10000] [--runs 15]

A course package with 1,000 quizzes of 10 questions (the sample course's quiz 1, repeated) is
imported into a fresh data folder, and 10,000 review cards are written for its questions, due
over the past and next 60 days (some missed). Measured, as medians of `--runs` (fastest beside):
  due count      - ReviewService.due_count() (the dashboard card's number: the day's end in the
                   participant's zone, then an indexed COUNT)
  session start  - ReviewService.next_item() (the first question of today's queue, missed first,
                   resolved to its quiz and question) with the course already loaded
  queue, whole   - ReviewService.session() (every due card resolved)
and, as references in the same run:
  sqlite count   - the same COUNT through Python's sqlite3 on the same file (no SQLAlchemy, no zone)
  quiz overview  - QuizService.overview() of the sample course's quiz 1 (what the quiz page shows)
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.app import build_app  # noqa: E402
from companion.domain import review as rv  # noqa: E402
from companion.domain.clock import FixedClock  # noqa: E402

COURSE = "bench-review"


def make_package(folder: Path, quizzes: int) -> None:
    shutil.copytree(ROOT / "resources" / "courses" / "caring-cities-2023", folder)
    data = json.loads((folder / "course.json").read_text(encoding="utf-8"))
    data["id"], data["title"] = COURSE, "Review bench"
    template = data["quizzes"][0]
    data["quizzes"] = [dict(template, id=f"quiz-{i:04d}", title=f"Quiz {i}") for i in range(quizzes)]
    data["completion"] = {k: v for k, v in data.get("completion", {}).items() if "quiz" not in k}
    (folder / "course.json").write_text(json.dumps(data), encoding="utf-8")


def timed(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    now = datetime(2026, 12, 5, 12, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        make_package(tmp / "pkg", (args.cards + 9) // 10)
        app = build_app(tmp / "data", clock=FixedClock(now))
        app.library.import_package(tmp / "pkg")
        app.settings.set_time_zone("Asia/Seoul")
        course = app.library.course(COURSE)
        rnd = random.Random(1)
        cards = []
        for quiz in course.quizzes:
            for q in quiz.questions:
                if len(cards) == args.cards:
                    break
                cards.append(rv.ReviewCard(rv.CardKey(COURSE, quiz.id, q.id),
                                           due=now + timedelta(hours=rnd.uniform(-60 * 24, 60 * 24)),
                                           state=rv.REVIEW, step=None, stability=rnd.uniform(1, 60),
                                           difficulty=rnd.uniform(1, 10), last_review=now - timedelta(days=3),
                                           last_correct=rnd.random() > 0.15, reviews=3))
        app.reviews.reviews.save_cards(cards)
        due = app.reviews.due_count()
        db_file = app.db.path
        end = app.reviews.day_end().replace(tzinfo=None).isoformat(sep=" ")

        def sqlite_count():
            conn = sqlite3.connect(db_file)
            conn.execute("SELECT count(*) FROM review_cards WHERE due < ?", (end,)).fetchone()
            conn.close()

        rows = [
            ("due count", timed(app.reviews.due_count, args.runs)),
            ("session start", timed(app.reviews.next_item, args.runs)),
            ("queue, whole", timed(app.reviews.session, max(3, args.runs // 5))),
            ("ref: sqlite count", timed(sqlite_count, args.runs)),
            ("ref: quiz overview", timed(lambda: app.quizzes.overview("caring-cities-2023", "quiz-1"), args.runs)),
        ]
        print(f"{len(cards)} cards, {due} due today (Asia/Seoul), medians of {args.runs} runs")
        ref = rows[3][1][0]
        for name, (median, fastest) in rows:
            print(f"  {name:20} {median:8.2f} ms  (fastest {fastest:6.2f} ms, {median / ref:5.1f}x sqlite count)")
        app.close()


if __name__ == "__main__":
    main()
