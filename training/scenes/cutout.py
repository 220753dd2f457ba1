"""Fruit cut out of its Fruits-360 white background, as an RGBA image ready to paste."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageFilter
import numpy as np

#: Pixels whose darkest channel is above this are Fruits-360's white studio background.
WHITE = 232


def cut_out(path: str | Path) -> Image.Image:
    """RGBA: the fruit opaque, its white surround transparent, a soft 1-px edge."""
    rgb = Image.open(path).convert("RGB")
    arr = np.asarray(rgb)
    mask = Image.fromarray(((arr.min(axis=2) < WHITE) * 255).astype(np.uint8))
    mask = mask.filter(ImageFilter.MinFilter(3)).filter(ImageFilter.GaussianBlur(0.8))
    out = rgb.copy()
    out.putalpha(mask)
    box = mask.getbbox()
    return out.crop(box) if box else out


def shade(fruit: Image.Image, factor: float, tint: np.ndarray | None = None) -> Image.Image:
    """The same cut-out darker or lighter (a fruit under others in a bin, or in a spot light)."""
    arr = np.asarray(fruit).astype(np.float32)
    rgb = arr[..., :3] * factor
    if tint is not None:
        rgb = rgb * tint
    arr = np.concatenate([np.clip(rgb, 0, 255), arr[..., 3:]], axis=2)
    return Image.fromarray(arr.astype(np.uint8), "RGBA")


def shadow_for(fruit: Image.Image, strength: float, blur: float) -> Image.Image:
    """A soft dark shape of the fruit's outline, pasted a little offset under it."""
    alpha = fruit.getchannel("A").point(lambda a: int(a * strength))
    black = Image.new("RGBA", fruit.size, (0, 0, 0, 0))
    black.putalpha(alpha.filter(ImageFilter.GaussianBlur(blur)))
    return black
