"""``predict MODEL clip.mp4 [--fps N]``: a video's sampled frames answered like photos, each with its ``time_s``.

Frames come from core/data/frames.py (PyAV, no Qt, no TensorFlow) and are answered in small batches by
core/inference/video.py; ``--jsonl`` prints each frame as soon as it is answered, ``--json`` one list at the end.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
import json
from typing import Any

from fruitclassifier.cli.output import chatty, print_json
from fruitclassifier.cli.progress import bar
from fruitclassifier.errors import UserError


def add_video_options(parser: argparse.ArgumentParser) -> None:
    from fruitclassifier.core.inference.video import DEFAULT_VIDEO_FPS

    parser.add_argument("--fps", type=float, default=None, metavar="N",
                        help=f"for a video: frames a second to answer (default {DEFAULT_VIDEO_FPS:g}; "
                        "its own rate or more answers every frame)")


def split_videos(paths: list[str]) -> list[str]:
    """The video files among the paths; videos and photos in one call are refused (their answers differ)."""
    from fruitclassifier.core.data.frames import is_video

    videos = [p for p in paths if is_video(p)]
    if videos and len(videos) != len(paths):
        raise UserError("videos and photos cannot be answered in one call", "run predict once for each")
    return videos


def predict_videos(args: argparse.Namespace, classifier: Any, videos: list[str], top_k: int,
                   describe: Callable[[Any], str]) -> int:
    """Answer every video's sampled frames; an unplayable video is bad input (exit 2, one line)."""
    from fruitclassifier.core.inference.video import DEFAULT_VIDEO_FPS, answer_video

    fps = DEFAULT_VIDEO_FPS if args.fps is None else args.fps
    if fps <= 0:
        raise UserError(f"--fps must be more than 0 (got {fps:g})")
    answers: list[Any] = []
    with bar(None, "Answering frames", enabled=chatty(args)) as progress:
        def on_result(answer: Any) -> None:
            progress.update(1)
            if args.jsonl:  # one line a frame, flushed: a reader follows the video as it is answered
                print(json.dumps(answer.to_dict(), default=str), flush=True)

        for video in videos:
            answers += answer_video(classifier, video, fps=fps, top_k=top_k, on_result=on_result)
    if not answers:
        raise UserError(f"no frames could be read from {videos[0]}", "check that the video plays")
    if args.json:
        print_json([a.to_dict() for a in answers])
    elif not args.jsonl:
        for answer in answers:
            print(describe(answer.prediction).replace("\t", f"\t{answer.time_s:7.2f} s\t", 1))
    return 0
